/**
 * The whole guided setup with the keyboard alone: Tab to move, typing, Space for check boxes,
 * arrow keys for the authentication choice, Enter for buttons. Against the practice tenant with
 * its password user, in the dark theme, with axe on the result.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible, expectStep } from './wizard-flow';

function filesContaining(folder: string, text: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => readFileSync(file).includes(Buffer.from(text, 'utf8')));
}

/** Whether the focused element (through shadow roots) is, or is inside, the element with this test id. */
const focusIsIn = (page: Page, testId: string) =>
  page.evaluate((id) => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    let node: Node | null = el;
    while (node) {
      if (node instanceof Element && node.getAttribute('data-testid') === id) return true;
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return false;
  }, testId);

/** Press Tab until the focus reaches the element: what a keyboard user does. */
async function tabTo(page: Page, testId: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await focusIsIn(page, testId)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${testId}`);
}

async function press(page: Page, testId: string, key: string) {
  await tabTo(page, testId);
  await page.keyboard.press(key);
}

async function type(page: Page, testId: string, text: string) {
  await tabTo(page, testId);
  await page.keyboard.type(text);
}

async function nextStep(page: Page, to: string) {
  await press(page, 'wz-next', 'Enter');
  await expectStep(page, to);
  // Focus lands on the new step's title, so Tab continues from the top of the step.
  await expect(page.getByTestId('wz-step-title')).toBeFocused();
  // Dark theme: axe checks contrast and names on every step too.
  await expectAccessible(page, `${to} step, dark theme`);
}

test('the whole wizard can be completed with the keyboard alone', async ({ page, app }) => {
  test.setTimeout(120_000);
  app.services.settings.set({ theme: 'dark' });
  await app.open();
  await press(page, 'setup-connection', 'Enter');
  await expectStep(page, 'tenant');

  await press(page, 'wz-use-practice', 'Enter');
  await expect(page.getByTestId('wz-tenant-check')).toContainText('127.0.0.1', { timeout: 20_000 });
  const practice = app.services.practiceTenant.status();
  expect(practice).not.toBeNull();
  await nextStep(page, 'system');

  await press(page, 'wz-system-suggest', 'Enter');
  await type(page, 'wz-host-name', 'mytenant.it-cpi018.cfapps.eu10-003.hana.ondemand.com');
  await press(page, 'wz-system-done', 'Space');
  await nextStep(page, 'arrangement');

  await type(page, 'wz-technical-user', practice!.user);
  await press(page, 'wz-auth-cert', 'ArrowDown');
  await expect(page.getByTestId('wz-auth-basic')).toHaveAttribute('checked', '');
  await press(page, 'wz-arrangement-done', 'Space');
  await nextStep(page, 'credentials');

  await type(page, 'wz-password', practice!.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('wz-password-stored')).toBeVisible();
  await nextStep(page, 'test');

  await press(page, 'ct-retry', 'Enter');
  await expect(page.getByTestId('ct-diagnosis')).toHaveAttribute('data-code', 'OK', { timeout: 30_000 });
  await nextStep(page, 'metadata');
  await nextStep(page, 'handover');
  await press(page, 'wz-next', 'Enter');
  await expect(page.getByTestId('connection-page')).toBeVisible();
  await expectAccessible(page, 'connection page, dark theme');
  expect(app.services.setupProgress.list()).toEqual([]);
  // The password went into the vault (encrypted), nowhere else in the data folder.
  expect(filesContaining(app.dataFolder, practice!.password)).toEqual([]);
});
