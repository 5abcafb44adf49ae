/**
 * Key pairs in the real renderer, talking to the real handlers, vault and keychain: import through
 * the file chooser and by drop, details, the wrong-password message, export, delete; then nothing
 * secret anywhere in the data folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { openPkcs12 } from '../../electron/core/pkcs12/index';
import { scanForSecrets } from '../integration/keypairs/disk-scan';
import { makeCa, makeClientP12 } from '../servers/index';
import { expect, test } from './fixtures';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = resolve(import.meta.dirname, '../fixtures/pkcs12');
const CHAIN_FILE = join(FIXTURES, 'with-chain.p12');
const PASSWORD = 'Test1234';

async function openKeyPairs(page: Page): Promise<void> {
  await page.getByRole('treeitem', { name: 'Key pairs' }).click();
  await expect(page.getByRole('heading', { name: 'Key pairs', level: 1 })).toBeVisible();
}

async function fillAndImport(page: Page, name: string, password: string): Promise<void> {
  const dialog = page.getByTestId('keypair-import-dialog');
  await dialog.getByTestId('keypair-name').locator('input').fill(name);
  await dialog.getByTestId('keypair-password').locator('input').fill(password);
  await dialog.getByTestId('keypair-import-submit').click();
}

const vaultFiles = (dataFolder: string): string[] => {
  try {
    return readdirSync(join(dataFolder, 'vault')).filter((n) => n.endsWith('.bin'));
  } catch {
    return [];
  }
};

test('imports a key pair through the file chooser and shows its details', async ({ page, app }) => {
  await openKeyPairs(page);
  await expect(page.getByTestId('keypairs-empty')).toBeVisible();
  await page.getByTestId('keypair-import').click();
  const dialog = page.getByTestId('keypair-import-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('keypair-file').locator('input[type=file]').setInputFiles(CHAIN_FILE);
  await expect(dialog.getByTestId('keypair-name').locator('input')).toHaveValue('with-chain');
  await fillAndImport(page, 'Tenant A', PASSWORD);

  await expect(dialog).toBeHidden();
  const details = page.getByTestId('keypair-details');
  await expect(details).toContainText('Tenant A');
  await expect(details).toContainText('my123456 Communication System CLIENT');
  await expect(details).toContainText('Fixture Client Intermediate CA');
  await expect(details).toContainText('1C:00:B1:6D:61:4D:20:39');
  await expect(details).toContainText('AES-256-CBC');
  await expect(details).toContainText('RSA, 2048 bit');
  await expect(page.getByTestId('keypair-chain').locator('[ui5-li]')).toHaveCount(3);
  await expect(page.getByTestId('keypair-list-item')).toHaveCount(1);
  expect(app.services.keyPairs.list().map((k) => k.name)).toEqual(['Tenant A']);

  // Nothing secret on disk, and the page kept no password in its field.
  const p12 = readFileSync(CHAIN_FILE);
  const { keyPem } = await openPkcs12(p12, PASSWORD);
  expect(scanForSecrets([app.dataFolder], { password: PASSWORD, keyPem, p12 })).toEqual([]);
  await page.getByTestId('keypair-import').click();
  await expect(dialog.getByTestId('keypair-password').locator('input')).toHaveValue('');
});

test('imports a key pair dropped onto the window, from any screen', async ({ page, app }) => {
  await expect(page.getByTestId('home-empty')).toBeVisible();
  const base64 = readFileSync(join(FIXTURES, 'ec-p256-with-chain.p12')).toString('base64');
  const dataTransfer = await page.evaluateHandle((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'ec-client.pfx', { type: 'application/x-pkcs12' }));
    return transfer;
  }, base64);
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });

  const dialog = page.getByTestId('keypair-import-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('keypair-name').locator('input')).toHaveValue('ec-client');
  await fillAndImport(page, 'EC client', PASSWORD);
  await expect(page.getByTestId('keypair-details')).toContainText('EC P-256');
  expect(vaultFiles(app.dataFolder)).toHaveLength(1);
});

test('a wrong password gives one plain sentence and stores nothing', async ({ page, app }) => {
  await openKeyPairs(page);
  await page.getByTestId('keypair-import').click();
  const dialog = page.getByTestId('keypair-import-dialog');
  await dialog.getByTestId('keypair-file').locator('input[type=file]').setInputFiles(CHAIN_FILE);
  await fillAndImport(page, 'Tenant A', 'not-the-password');
  await expect(dialog.getByTestId('keypair-import-error')).toContainText(
    'The password does not open this key pair file.',
  );
  await expect(dialog.getByTestId('keypair-password').locator('input')).toHaveValue('');
  expect(app.services.keyPairs.list()).toEqual([]);
  expect(vaultFiles(app.dataFolder)).toEqual([]);
});

test('the File menu opens the import dialog; export saves where the dialog says', async ({ page, app }) => {
  await app.emit('menu:import-key-pair', {});
  const dialog = page.getByTestId('keypair-import-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('keypair-file').locator('input[type=file]').setInputFiles(CHAIN_FILE);
  await fillAndImport(page, 'Tenant A', PASSWORD);
  await expect(page.getByTestId('keypair-details')).toBeVisible();

  const target = join(app.dataFolder, '..', `${app.dataFolder.split('/').pop()}-export.p12`);
  app.nextSavePath(target);
  await page.getByTestId('keypair-export-original').click();
  await expect(page.getByTestId('keypairs-notice')).toContainText('Saved to');
  expect(readFileSync(target)).toEqual(readFileSync(CHAIN_FILE));
  expect(app.host.saveDialogs.at(-1)?.defaultName).toBe('Tenant A.p12');

  app.nextSavePath(null);
  await page.getByTestId('keypair-export-pem').click();
  // The click's IPC call reaches main's dialog after the click returns: waited for, not assumed.
  await expect.poll(() => app.host.saveDialogs.length).toBe(2);
});

test('deletes a key pair after confirmation, with its secret file', async ({ page, app }) => {
  await openKeyPairs(page);
  await page.getByTestId('keypair-import').click();
  const dialog = page.getByTestId('keypair-import-dialog');
  await dialog.getByTestId('keypair-file').locator('input[type=file]').setInputFiles(CHAIN_FILE);
  await fillAndImport(page, 'Tenant A', PASSWORD);
  await expect(page.getByTestId('keypair-details')).toBeVisible();
  expect(vaultFiles(app.dataFolder)).toHaveLength(1);

  await page.getByTestId('keypair-delete').click();
  const confirm = page.getByTestId('keypair-delete-dialog');
  await expect(confirm).toContainText('Tenant A');
  await confirm.getByTestId('keypair-delete-confirm').click();
  await expect(page.getByTestId('keypairs-empty')).toBeVisible();
  expect(app.services.keyPairs.list()).toEqual([]);
  expect(vaultFiles(app.dataFolder)).toEqual([]);
});

test('renews a key pair: a wrong password keeps the old one, the new .p12 takes its place under the same name', async ({
  page,
  app,
}) => {
  const old = await app.services.keyPairs.import({
    name: 'Production',
    fileName: 'with-chain.p12',
    bytes: new Uint8Array(readFileSync(CHAIN_FILE)),
    password: PASSWORD,
  });
  await openKeyPairs(page);
  await page.getByTestId('keypair-list-item').first().click();
  await page.getByTestId('keypair-renew').click();
  const dialog = page.getByTestId('keypair-import-dialog');
  await expect(dialog).toContainText('Renew "Production"');
  await expect(dialog.getByTestId('keypair-name')).toHaveCount(0);
  await dialog
    .getByTestId('keypair-file')
    .locator('input[type=file]')
    .setInputFiles(join(FIXTURES, 'ec-p256-with-chain.p12'));

  await dialog.getByTestId('keypair-password').locator('input').fill('wrong');
  await dialog.getByTestId('keypair-import-submit').click();
  await expect(dialog.getByTestId('keypair-import-error')).toBeVisible();
  expect(app.services.keyPairs.get(old.id).certificate.commonName).toBe(
    'my123456 Communication System CLIENT',
  );

  await dialog.getByTestId('keypair-password').locator('input').fill(PASSWORD);
  await dialog.getByTestId('keypair-import-submit').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('keypairs-notice')).toContainText('renewed');
  await expect(page.getByTestId('keypair-details')).toContainText('ec-client');
  const renewed = app.services.keyPairs.list();
  expect(renewed.map((k) => [k.id, k.name, k.certificate.commonName])).toEqual([
    [old.id, 'Production', 'ec-client'],
  ]);
  // One secret file: the old one went once the new one was stored.
  expect(vaultFiles(app.dataFolder)).toHaveLength(1);
});

test('renames a key pair on its details; a rename made with the command line shows without a restart', async ({
  page,
  app,
}) => {
  for (const name of ['Tenant A', 'Tenant B']) {
    await app.services.keyPairs.import({
      name,
      fileName: 'with-chain.p12',
      bytes: new Uint8Array(readFileSync(CHAIN_FILE)),
      password: PASSWORD,
    });
  }
  await openKeyPairs(page);
  await page.getByTestId('keypair-list-item').filter({ hasText: 'Tenant A' }).click();
  await page.getByTestId('keypair-rename').click();
  const dialog = page.getByTestId('keypair-rename-dialog');
  const input = dialog.getByTestId('keypair-rename-name').locator('input');
  await input.fill('tenant b');
  await dialog.getByTestId('keypair-rename-confirm').click();
  await expect(dialog.getByTestId('keypair-rename-error')).toContainText('already exists');
  await input.fill('CPI Tenant A');
  await dialog.getByTestId('keypair-rename-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('keypairs-notice')).toContainText('"CPI Tenant A"');
  await expect(page.getByTestId('keypair-list-item').filter({ hasText: 'CPI Tenant A' })).toHaveCount(1);

  // The command line, in its own process, on the same data folder (renaming needs no keychain).
  const cli = spawnSync(
    process.execPath,
    [join(ROOT, 'bin/c4c-connect.mjs'), 'keypair', 'rename', 'Tenant B', 'Renamed by the CLI'],
    { env: { ...process.env, C4C_CONNECT_DATA_DIR: app.dataFolder }, encoding: 'utf8' },
  );
  expect(cli.status, cli.stderr).toBe(0);
  await expect(page.getByTestId('keypair-list-item').filter({ hasText: 'Renamed by the CLI' })).toHaveCount(
    1,
  );
  expect(app.services.keyPairs.list().map((k) => k.name)).toEqual(['CPI Tenant A', 'Renamed by the CLI']);
});

test('Renew… is emphasized only when renewal is due; every export says what it does', async ({
  page,
  app,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'renew-'));
  const ca = await makeCa(dir, 'Renew CA');
  const soon = await makeClientP12(ca, dir, 'soon', { notAfterDays: 10 });
  const s = app.services;
  await s.keyPairs.import({
    name: 'Twenty years left',
    fileName: 'with-chain.p12',
    bytes: new Uint8Array(readFileSync(CHAIN_FILE)),
    password: PASSWORD,
  });
  await s.keyPairs.import({
    name: 'Ten days left',
    fileName: 'soon.p12',
    bytes: new Uint8Array(readFileSync(soon.p12Path)),
    password: soon.password,
  });
  await s.keyPairs.import({
    name: 'Ended',
    fileName: 'expired.p12',
    bytes: new Uint8Array(readFileSync(join(FIXTURES, 'expired.p12'))),
    password: PASSWORD,
  });
  await openKeyPairs(page);
  const renew = page.getByTestId('keypair-renew');
  const pick = async (name: string) => {
    await page.getByTestId('keypair-list-item').filter({ hasText: name }).click();
    await expect(page.getByTestId('keypair-details')).toContainText(name);
  };

  await pick('Twenty years left');
  await expect(renew).toHaveText('Renew…');
  await expect(renew).toHaveAttribute('design', 'Default');
  // Exports say their verb and open a save dialog (…), in sentence case like the rest of the app.
  await expect(page.getByTestId('keypair-export-original')).toHaveText('Export .p12…');
  await expect(page.getByTestId('keypair-export-new-password')).toHaveText('Export with new password…');
  await expect(page.getByTestId('keypair-export-pem')).toHaveText('Export certificate (PEM)…');
  await expect(page.getByTestId('keypair-export-der')).toHaveText('Export certificate (DER)…');
  await expect(page.getByTestId('keypair-import')).toHaveText('Import key pair…');

  await pick('Ten days left');
  await expect(renew).toHaveAttribute('design', 'Emphasized');
  await pick('Ended');
  await expect(renew).toHaveAttribute('design', 'Emphasized');
  await pick('Twenty years left');
  await expect(renew).toHaveAttribute('design', 'Default');
});
