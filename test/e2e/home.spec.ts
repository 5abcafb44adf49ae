/**
 * Home and the reminders in the real renderer with the real handlers: setup resumes after a
 * restart, each connection shows its key pair expiry and last test, "Test now" runs a real test,
 * and key pairs close to expiry raise a banner and an OS notification with the renewal steps.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startExpiryReminders } from '../../electron/main/handlers/wizard';
import type { Services } from '../../electron/main/services';
import { fail } from '../../shared/result';
import { emptyDraft } from '../../shared/wizard/wizard-model';
import { makeCa, makeClientP12 } from '../servers/index';
import { expect, test } from './fixtures';
import { expectStep, field, fillSystem, fillTenant, next, startWizard } from './wizard-flow';

const PKCS12 = resolve(import.meta.dirname, '../fixtures/pkcs12');

async function importFile(s: Services, name: string, path: string, password = 'Test1234') {
  return s.keyPairs.import({ name, fileName: `${name}.p12`, bytes: readFileSync(path), password });
}

test('setup resumes after a restart at the step where the user left, with what was entered', async ({
  page,
  app,
}) => {
  await startWizard(page);
  await fillTenant(page, { address: 'https://my123456.crm.ondemand.com/', name: 'Resume me' });
  await expect(page.getByTestId('wz-tenant-check')).toContainText('my123456');
  await next(page, 'system');
  await fillSystem(page);
  await next(page, 'arrangement');

  await app.open();
  const row = page.getByTestId('home-connection');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('my123456.crm.ondemand.com');
  await row.getByTestId('home-continue-setup').click();
  await expectStep(page, 'arrangement');
  await page.getByTestId('wz-back').click();
  await expectStep(page, 'system');
  await expect(field(page, 'wz-system-id')).toHaveValue('CPI_DEV');
  await expect(page.getByTestId('wz-step-title')).toBeFocused();
});

test('a step does not move on until its fields are right, and says what is missing', async ({ page }) => {
  await startWizard(page);
  await page.getByTestId('wz-next').click();
  await expectStep(page, 'tenant');
  // Each field says what is wrong in its own value-state message, once; the first one has the focus.
  await expect(page.getByTestId('error-name')).toContainText('Give the connection a name');
  await expect(page.getByTestId('error-tenantHost')).toContainText('Enter the tenant address');
  await expect(page.getByTestId('wz-tenant')).toBeFocused();
  await field(page, 'wz-name').fill('Bad scheme');
  // Fixed fields lose their message at once; the others keep theirs.
  await expect(page.getByTestId('error-name')).toHaveCount(0);
  await expect(page.getByTestId('error-tenantHost')).toHaveCount(1);
  await field(page, 'wz-tenant').fill('http://my123456.crm.ondemand.com');
  await expect(page.getByTestId('error-tenantHost')).toContainText('HTTPS only');
  await page.getByTestId('wz-next').click();
  await expect(page.getByTestId('error-tenantHost')).toHaveCount(1);
  await expect(page.getByTestId('error-tenantHost')).toContainText('HTTPS');
  await expect(page.getByTestId('wz-problem')).toHaveCount(0);
  await expectStep(page, 'tenant');
});

test('Home shows expiry colours and the last test; Test now runs a real test', async ({ page, app }) => {
  const s = app.services;
  const dir = mkdtempSync(join(tmpdir(), 'home-'));
  const ca = await makeCa(dir, 'Home CA');
  const soon = await makeClientP12(ca, dir, 'soon', { notAfterDays: 10 });
  const expired = await importFile(s, 'Old key pair', join(PKCS12, 'expired.p12'));
  const fresh = await importFile(s, 'Soon key pair', soon.p12Path);
  const save = (name: string, keyPairId: string, tenantHost: string) =>
    s.connections.save({
      ...emptyDraft(),
      name,
      tenantHost,
      auth: { method: 'client-certificate', keyPairId },
    });
  // A right-to-left override left open at the end of a name (names come from imported files too).
  save('Expired one\u202e', expired.id, 'my111111.crm.ondemand.com');
  // Port 1 on loopback: nothing listens, the test ends at once with CONNECTION_REFUSED.
  const refused = save('Soon one', fresh.id, '127.0.0.1:1');
  // Where Home's title is in its first frame: the expiry banner above it is already there (its data
  // is asked for at start, start.ts, and drawn in UI5's strip's size until UI5's strip is in), so
  // Home never moves down under the consultant a moment later.
  await page.addInitScript(() => {
    const check = () => {
      const title = document.querySelector('#home-title');
      if (!title) {
        requestAnimationFrame(check);
        return;
      }
      Object.assign(window, { __firstTitleY: Math.round(title.getBoundingClientRect().y) });
    };
    requestAnimationFrame(check);
  });
  await app.open();

  const rows = page.getByTestId('home-connection');
  await expect(rows).toHaveCount(2);
  await expect(page.locator('ui5-message-strip[data-testid="expiry-banner"]')).toBeVisible();
  const titleY = () =>
    page.evaluate(() => Math.round(document.querySelector('#home-title')!.getBoundingClientRect().y));
  expect(await titleY()).toBeGreaterThan(100);
  expect(await page.evaluate(() => (window as unknown as { __firstTitleY: number }).__firstTitleY)).toBe(
    await titleY(),
  );
  const soonRow = rows.filter({ hasText: 'Soon one' });
  await expect(soonRow.getByTestId('home-keypair-status')).toContainText(/Soon key pair: (9|10) days left/);
  await expect(soonRow.getByTestId('home-keypair-status')).toHaveAttribute('data-state', 'Critical');
  await expect(rows.filter({ hasText: 'Expired one' }).getByTestId('home-keypair-status')).toHaveAttribute(
    'data-state',
    'Negative',
  );
  await expect(soonRow.getByTestId('home-last-test')).toContainText('Not tested yet');
  // From the keyboard: the button keeps the focus while its test runs and after it.
  await soonRow.getByTestId('home-test-now').focus();
  await page.keyboard.press('Enter');
  await expect(soonRow.getByTestId('home-last-test')).toHaveAttribute('data-state', 'Negative', {
    timeout: 30_000,
  });
  await expect(soonRow.getByTestId('home-test-now')).toBeFocused();
  expect(s.connections.history(refused.id)[0]?.diagnosis.code).toBe('CONNECTION_REFUSED');

  // The banner names both, soonest first, with the renewal steps.
  const banner = page.getByTestId('expiry-banner');
  await expect(banner).toBeVisible();
  // The name with the open override in its own bidi isolate (inside the list's): it must not turn
  // the rest of the sentence around. Names that cannot reorder anything stay as they are.
  await expect(banner.getByTestId('expiry-reminder')).toHaveText([
    /^Old key pair has expired\. Used by: \u2068\u2068Expired one\u202e\u2069\u2069\.$/,
    /^Soon key pair expires in (9|10) days\. Used by: Soon one\.$/,
  ]);
  await expect(banner).toContainText('Edit Credentials');
  await expect(banner).toContainText('Keystore, keeping the same alias');
  // The SSL socket caches the keystore: the renewal steps say to restart the integration flow.
  await expect(banner).toContainText('Restart (redeploy) the integration flows');

  // The daily timer in main: a check on start sends one OS notification.
  const schedule = startExpiryReminders(s);
  await expect.poll(() => app.host.notifications.length).toBe(1);
  schedule.stop();
  expect(app.host.notifications[0]?.title).toBe('1 key pair has expired');
  expect(app.host.notifications[0]?.body).toMatch(/Soon key pair: (9|10) days left/);
});

test('Home with no key pair close to expiry shows no banner and the timer stays quiet', async ({
  page,
  app,
}) => {
  await importFile(app.services, 'Fine', join(PKCS12, 'with-chain.p12'));
  await app.open();
  await expect(page.getByTestId('home-empty')).toBeVisible();
  await expect(page.getByTestId('expiry-banner')).toHaveCount(0);
  const found = await startExpiryReminders(app.services).check();
  expect(found).toEqual([]);
  expect(app.host.notifications).toEqual([]);
});

test('a finished connection whose secret is gone says so and offers the fix, not a test that cannot run', async ({
  page,
  app,
}) => {
  const s = app.services;
  // A healthy key pair listed first: the fix must open the one that is broken, not the first.
  await importFile(s, 'Alpha key', join(PKCS12, 'openssl3-default.p12'));
  const vault = join(app.dataFolder, 'vault');
  const before = readdirSync(vault);
  const keyPair = await importFile(s, 'Lost key', join(PKCS12, 'with-chain.p12'));
  const lostFile = readdirSync(vault).find((n) => !before.includes(n));
  s.connections.save({
    ...emptyDraft(),
    name: 'Key pair lost',
    tenantHost: 'my123456.crm.ondemand.com',
    auth: { method: 'client-certificate', keyPairId: keyPair.id },
  });
  s.connections.save({
    ...emptyDraft(),
    name: 'Password lost',
    tenantHost: 'my222222.crm.ondemand.com',
    auth: { method: 'basic', user: 'TECH_USER', passwordSecretId: null },
  });
  // The key pair's stored key gone from the vault folder (an interrupted save, a cleaned-up folder).
  rmSync(join(vault, lostFile!));
  await app.open();

  const rows = page.getByTestId('home-connection');
  const keyRow = rows.filter({ hasText: 'Key pair lost' });
  await expect(keyRow.getByTestId('home-keypair-status')).toHaveText('Lost key: its .p12 file is needed again');
  await expect(keyRow.getByTestId('home-keypair-status')).toHaveAttribute('data-state', 'Critical');
  await expect(keyRow.getByTestId('home-test-now')).toHaveCount(0);
  await expect(keyRow.getByTestId('home-fix-credentials')).toHaveText('Pick the .p12 again');
  await keyRow.getByTestId('home-fix-credentials').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('keypairs-page')).toBeVisible();
  // That key pair is selected and has the focus, its details say what to do, the list does not
  // call it healthy.
  const lost = page.locator('[data-testid="keypair-list-item"]', { hasText: 'Lost key' });
  await expect(lost).toHaveAttribute('selected', '');
  await expect(lost).toBeFocused();
  await expect(lost).toHaveAttribute('additional-text', '.p12 needed again');
  await expect(page.getByTestId('keypairs-page')).toContainText('needs its .p12 file again');
  // Renew asks for the same file again (not a new key pair from C4C), and says nothing changes in
  // Cloud Integration when it is the same certificate; Home can test the connection again.
  await page.getByTestId('keypair-renew').click();
  const dialog = page.getByTestId('keypair-import-dialog');
  await expect(dialog.getByTestId('keypair-import-hint')).toContainText('Pick the same .p12 file');
  await dialog
    .getByTestId('keypair-file')
    .locator('input[type=file]')
    .setInputFiles(join(PKCS12, 'with-chain.p12'));
  await dialog.getByTestId('keypair-password').locator('input').fill('Test1234');
  await dialog.getByTestId('keypair-import-submit').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('keypairs-notice')).toContainText('complete again');
  await expect(page.getByTestId('keypairs-notice')).toContainText('nothing to change in Cloud Integration');

  await page.getByRole('treeitem', { name: 'Connections' }).click();
  await expect(keyRow.getByTestId('home-test-now')).toBeVisible();
  const passwordRow = rows.filter({ hasText: 'Password lost' });
  await expect(passwordRow.getByTestId('home-keypair-status')).toHaveText('Password needed');
  await expect(passwordRow.getByTestId('home-test-now')).toHaveCount(0);
  await passwordRow.getByTestId('home-fix-credentials').click();
  await expectStep(page, 'credentials');
  // The connection's own page offers the same fix before its test.
  await page.getByRole('treeitem', { name: 'Connections' }).click();
  await passwordRow.getByTestId('home-connection-name').click();
  await expect(page.getByTestId('connection-fix-credentials')).toHaveText('Enter credentials');
  await page.getByTestId('connection-fix-credentials').click();
  await expectStep(page, 'credentials');
});

test('the expiry banner follows a rename and a delete made on Key pairs at once', async ({ page, app }) => {
  const dir = mkdtempSync(join(tmpdir(), 'banner-'));
  const ca = await makeCa(dir, 'Banner CA');
  const soon = await makeClientP12(ca, dir, 'soon', { notAfterDays: 10 });
  await importFile(app.services, 'Soon key pair', soon.p12Path);
  await app.open();
  const banner = page.getByTestId('expiry-banner');
  await expect(banner).toContainText('Soon key pair expires in');

  await page.getByRole('treeitem', { name: 'Key pairs' }).click();
  await page.getByTestId('keypair-list-item').filter({ hasText: 'Soon key pair' }).click();
  await page.getByTestId('keypair-rename').click();
  const rename = page.getByTestId('keypair-rename-dialog');
  await rename.getByTestId('keypair-rename-name').locator('input').fill('Renamed key pair');
  await rename.getByTestId('keypair-rename-confirm').click();
  await expect(rename).toBeHidden();
  await expect(banner).toContainText('Renamed key pair expires in');
  await expect(banner).not.toContainText('Soon key pair');

  await page.getByTestId('keypair-delete').click();
  await page.getByTestId('keypair-delete-dialog').getByTestId('keypair-delete-confirm').click();
  await expect(page.getByTestId('keypairs-empty')).toBeVisible();
  await expect(banner).toHaveCount(0);
});

test('editing a finished connection does not leave it "to continue" on Home', async ({ page, app }) => {
  const c = app.services.connections.save({
    ...emptyDraft(),
    name: 'Finished',
    tenantHost: 'my123456.crm.ondemand.com',
  });
  await app.open();
  const row = page.getByTestId('home-connection').filter({ hasText: 'Finished' });
  await expect(row.getByTestId('home-continue-setup')).toHaveCount(0);
  await row.getByTestId('home-connection-name').click();
  await page.getByTestId('connection-edit').click();
  await expectStep(page, 'tenant');
  await field(page, 'wz-name').fill('Finished, renamed');
  await next(page, 'system');
  expect(app.services.connections.get(c.id).name).toBe('Finished, renamed');
  await page.getByRole('treeitem', { name: 'Connections' }).click();
  const renamed = page.getByTestId('home-connection').filter({ hasText: 'Finished, renamed' });
  await expect(renamed).toBeVisible();
  await expect(renamed.getByTestId('home-continue-setup')).toHaveCount(0);
});

test('Home says why its connections could not be read, and the notice goes when they can', async ({
  page,
  app,
}) => {
  // The answer main's door gives when a handler throws (ipc-door.ts): a code and English text, no key.
  const restore = app.answerWith(
    'home:overview',
    fail('INTERNAL', 'Something went wrong inside C4C Connect. The details were written to the log.'),
  );
  // A restart whose start answer fails: Home says so instead of staying empty.
  await app.open();
  await expect(page.getByTestId('home-notice')).toContainText('Something went wrong inside C4C Connect');
  await expect(page.getByTestId('home-empty')).toHaveCount(0);
  // The next answer that works (a change from the command line reloads Home) clears it.
  restore();
  await app.emit('data:changed', {});
  await expect(page.getByTestId('home-empty')).toBeVisible();
  await expect(page.getByTestId('home-notice')).toHaveCount(0);
});

test('Home is drawn in Horizon before any UI5 code runs, with Horizon icons; UI5 follows', async ({
  page,
  app,
}) => {
  // Recorded in the page at the first frame that shows Home (start-theme.ts, PlainIcon, main.tsx):
  // the theme's parameters are there, no UI5 component is defined yet.
  await page.addInitScript(() => {
    const check = () => {
      if (!document.querySelector('#home-title')) {
        requestAnimationFrame(check);
        return;
      }
      const icons = [...document.querySelectorAll('.side-nav svg.plain-icon path')];
      Object.assign(window, {
        __firstHome: {
          background: getComputedStyle(document.documentElement)
            .getPropertyValue('--sapBackgroundColor')
            .trim(),
          ui5: ['ui5-button', 'ui5-icon', 'ui5-message-strip'].filter((tag) => customElements.get(tag)),
          iconPaths: icons.map((p) => p.getAttribute('d') ?? ''),
        },
      });
    };
    requestAnimationFrame(check);
  });
  await app.open();
  await expect(page.getByTestId('setup-connection')).toBeVisible();
  const first = await page.evaluate(
    () =>
      (window as unknown as { __firstHome: { background: string; ui5: string[]; iconPaths: string[] } })
        .__firstHome,
  );
  expect(first.background).toMatch(/^#[0-9a-f]{3,8}$/i);
  expect(first.ui5).toEqual([]);
  expect(first.iconPaths).toHaveLength(4);
  for (const d of first.iconPaths) expect(d).toMatch(/^M[\d.]/);
  // UI5 loads after that first frame: a page with UI5 components works and keeps the theme.
  await page.getByRole('treeitem', { name: 'Settings' }).click();
  await expect(page.getByTestId('settings-theme')).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-start-theme', /./);
  await expect
    .poll(() =>
      page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--sapBackgroundColor').trim(),
      ),
    )
    .toBe(first.background);
});
