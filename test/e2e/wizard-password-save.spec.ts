/**
 * Next while "Save password" is still saving: the wizard waits for the save (Next busy, saying
 * "Saving…"), goes on when the password is in the vault, and stays with the error when the save
 * fails. The save is held at the door (app.hold) until the test releases it, so nothing depends on
 * how fast the keychain answers.
 */
import type { Page } from '@playwright/test';
import { emptyDraft } from '../../shared/wizard/wizard-model';
import { expect, test } from './fixtures';
import type { AppHarness } from './harness/app-harness';
import { expectStep, field } from './wizard-flow';

const USER = '_CPI_DEV0001';

/** A connection with user and password authentication, set up as far as its credentials step. */
async function atPasswordStep(page: Page, app: AppHarness) {
  const c = app.services.connections.save({
    ...emptyDraft(),
    name: 'Sales sync',
    tenantHost: 'my123456.crm.ondemand.com',
    arrangement: { ...emptyDraft().arrangement, technicalUser: USER, doneInC4c: true },
    auth: { method: 'basic', user: USER, passwordSecretId: null },
  });
  app.services.setupProgress.set(c.id, 'credentials');
  await app.open();
  await page.getByTestId('home-continue-setup').click();
  await expectStep(page, 'credentials');
  return c;
}

/** Types the password, clicks "Save password", then Next while the save is held. */
async function saveThenNext(page: Page, password: string) {
  await field(page, 'wz-password').fill(password);
  await page.getByTestId('wz-save-password').click();
  const next = page.getByTestId('wz-next');
  await expect(page.getByTestId('wz-save-password')).toHaveText('Saving…');
  await next.click();
  // Busy and saying so, on the same step, with no "password required" for a password on its way.
  await expect(next).toHaveText('Saving…');
  await expect(next).toHaveAttribute('disabled', '');
  await expectStep(page, 'credentials');
  await expect(page.getByTestId('wz-password')).not.toHaveAttribute('value-state', 'Negative');
  return next;
}

test('Next during "Save password" waits for the save, then goes on to the test', async ({ page, app }) => {
  const c = await atPasswordStep(page, app);
  const release = app.hold('connection:set-password');
  const next = await saveThenNext(page, 'Welcome1!');
  release();
  await expectStep(page, 'test');
  await expect(next).toHaveText('Next');
  await expect(next).not.toHaveAttribute('disabled');
  const saved = app.services.connections.get(c.id);
  expect(saved.auth.method === 'basic' && saved.auth.passwordSecretId !== null).toBe(true);
});

test('Next during a "Save password" that fails stays on the step and shows why', async ({ page, app }) => {
  const c = await atPasswordStep(page, app);
  const release = app.hold('connection:set-password');
  const next = await saveThenNext(page, 'Welcome1!');
  // Another window deletes the connection while the password is on its way: the real save fails.
  app.services.connections.delete(c.id);
  release();
  await expect(page.getByTestId('wz-password-error')).toContainText(/\w+/);
  await expect(page.getByTestId('wz-password-error')).toBeVisible();
  await expectStep(page, 'credentials');
  await expect(next).toHaveText('Next');
  await expect(next).not.toHaveAttribute('disabled');
});
