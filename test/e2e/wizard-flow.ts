/**
 * Steps of the guided setup as a consultant does them, for the wizard, journey and keyboard specs.
 * Fields are reached by test id; UI5 inputs are filled through their inner <input>.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../docs/screenshots');

export const field = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"] input`).first();

/** Screenshots for the README, only when SCREENSHOTS=1 (the flow runs either way). */
export async function shot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // The content scrolls inside the app frame: show it from the top, as tall as it is.
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  const height = await page.evaluate(() => {
    const content = document.querySelector('.app-content');
    content?.scrollTo(0, 0);
    return (content?.scrollHeight ?? 0) + (content?.getBoundingClientRect().top ?? 0) + 16;
  });
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, Math.ceil(height)) });
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, `walkthrough-${name}.png`) });
  await page.setViewportSize(size);
}

/** No serious or critical axe violation on what is shown now. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    where,
  ).toEqual([]);
}

export async function expectStep(page: Page, step: string): Promise<void> {
  await expect(page.getByTestId('wizard')).toHaveAttribute('data-step', step);
}

export async function next(page: Page, to: string): Promise<void> {
  await page.getByTestId('wz-next').click();
  await expectStep(page, to);
}

export async function startWizard(page: Page): Promise<void> {
  await page.getByTestId('setup-connection').click();
  await expectStep(page, 'tenant');
}

export async function fillTenant(page: Page, o: { address?: string; name: string; caFile?: string }) {
  if (o.address) await field(page, 'wz-tenant').fill(o.address);
  await field(page, 'wz-name').fill(o.name);
  if (o.caFile) {
    await openPanel(page, 'wz-trust');
    await page.locator('[data-testid="wz-ca"] input[type=file]').setInputFiles(o.caFile);
    await expect(page.getByTestId('wz-ca-count')).toContainText('1 extra CA');
  }
  await expect(page.getByTestId('wz-tenant-check')).not.toContainText('not');
}

/** Expands a collapsed UI5 Panel by its header, as a user does. */
export async function openPanel(page: Page, testId: string): Promise<void> {
  const panel = page.getByTestId(testId);
  if ((await panel.getAttribute('collapsed')) === null) return;
  await panel.getByRole('button', { expanded: false }).first().click();
  await expect(panel).not.toHaveAttribute('collapsed');
}

export async function fillSystem(page: Page) {
  await page.getByTestId('wz-system-suggest').click();
  await field(page, 'wz-host-name').fill('mytenant.it-cpi018.cfapps.eu10-003.hana.ondemand.com');
  await expect(page.getByTestId('copy-system-id-value')).toHaveText(/CPI_/);
  // The row under System Instances is named, and what its ID is for.
  await expect(page.getByTestId('wz-system-instance-note')).toContainText('System Instance ID');
  await page.getByTestId('wz-system-done').click();
}

export async function fillArrangement(page: Page, o: { technicalUser: string; basic?: boolean }) {
  await expect(page.getByTestId('copy-scenario-value')).toHaveText('OData Services for Business Objects');
  // System Instance ID: the system instance of the system from step 2, not a value to copy.
  const instance = page.getByTestId('wz-system-instance');
  await expect(instance).toContainText(/CPI_[A-Z]+/);
  await expect(instance.getByRole('button')).toHaveCount(0);
  await field(page, 'wz-technical-user').fill(o.technicalUser);
  if (o.basic) await page.getByTestId('wz-auth-basic').click();
  await page.getByTestId('wz-arrangement-done').click();
}

export async function importKeyPair(page: Page, o: { file: string; password: string; name: string }) {
  await page.getByTestId('wz-import-keypair').click();
  const dialog = page.getByTestId('keypair-import-dialog');
  await dialog.locator('[data-testid="keypair-file"] input[type=file]').setInputFiles(o.file);
  // The file name is suggested as the name first; type over it only once it is there.
  const name = dialog.getByTestId('keypair-name').locator('input');
  await expect(name).not.toHaveValue('');
  await name.fill(o.name);
  await expect(name).toHaveValue(o.name);
  await dialog.getByTestId('keypair-password').locator('input').fill(o.password);
  await dialog.getByTestId('keypair-import-submit').click();
  await expect(page.getByTestId('wz-keypair-chosen')).toBeVisible({ timeout: 20_000 });
}

export async function runTestExpectOk(page: Page) {
  await page.getByTestId('ct-retry').click();
  await expect(page.getByTestId('ct-diagnosis')).toHaveAttribute('data-code', 'OK', { timeout: 30_000 });
}

export async function metadataAndQuery(page: Page) {
  await page.getByTestId('wz-metadata-download').click();
  await expect(page.getByTestId('wz-metadata-summary')).toContainText('entity sets', { timeout: 30_000 });
  await page.getByTestId('wz-query-run').click();
  await expect(page.getByTestId('wz-query-result')).toContainText('rows', { timeout: 30_000 });
  await expect(page.locator('[data-testid="wz-query-result"] tbody tr').first()).toBeVisible();
}

/** The query builder inside the metadata step, on the entity set chosen there, taken into the hand-over. */
export async function exploreAndBuild(page: Page, entitySet: string) {
  await openPanel(page, 'wz-query-builder');
  await expect(page.getByTestId('qb-url')).toHaveAttribute('value', new RegExp(`/${entitySet}`));
  // Nothing goes into the hand-over until the user says so; no $top unless chosen.
  await expect(page.getByTestId('wz-query-chosen')).toHaveCount(0);
  await expect(page.getByTestId('qb-url')).not.toHaveAttribute('value', /\$top/);
  // The entity set's full name is there on hover, however narrow the select shows it.
  await expect(page.getByTestId('wz-entity-set')).toHaveAttribute('tooltip', entitySet);
  const use = page.getByTestId('wz-use-query');
  await expect(page.getByTestId('wz-use-query-why')).toHaveCount(0);
  await use.click();
  await expect(page.getByTestId('wz-query-chosen')).toContainText(entitySet);
  // Taken: the button is disabled and says why beside it (and to assistive technology).
  await expect(use).toHaveAttribute('disabled', '');
  await expect(page.getByTestId('wz-use-query-why')).toBeVisible();
  const why = await page.getByTestId('wz-use-query-why').textContent();
  await expect(use).toHaveAttribute('accessible-description', why ?? '');
}

export async function expectHandover(page: Page, serviceRoot: RegExp) {
  await expect(page.getByTestId('handover-address')).toContainText(serviceRoot);
}
