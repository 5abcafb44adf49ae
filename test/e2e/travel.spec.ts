/**
 * Connections travel without secrets: export (one or all) holds no password, key or vault id;
 * import is all or nothing and asks for the secrets again; duplicate; delete with confirmation
 * takes the password out of the vault.
 */
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openPkcs12 } from '../../electron/core/pkcs12/index';
import { emptyDraft } from '../../shared/wizard/wizard-model';
import { expect, test } from './fixtures';
import { expectStep } from './wizard-flow';

const P12 = resolve(import.meta.dirname, '../fixtures/pkcs12/with-chain.p12');
const P12_PASSWORD = 'Test1234';
const USER_PASSWORD = 'S3cret-Tech-User!';

const vaultFiles = (dataFolder: string) => {
  try {
    return readdirSync(join(dataFolder, 'vault')).filter((f) => f.endsWith('.bin'));
  } catch {
    return [];
  }
};

test.beforeEach(async ({ page, app }) => {
  const s = app.services;
  const k = await s.keyPairs.import({
    name: 'CPI DEV',
    fileName: 'cpi.p12',
    bytes: readFileSync(P12),
    password: P12_PASSWORD,
  });
  s.connections.save({
    ...emptyDraft(),
    name: 'Cert connection',
    tenantHost: 'my123456.crm.ondemand.com',
    auth: { method: 'client-certificate', keyPairId: k.id },
  });
  const basic = s.connections.save({
    ...emptyDraft(),
    name: 'Password connection',
    tenantHost: 'my654321.crm.ondemand.com',
    arrangement: { ...emptyDraft().arrangement, technicalUser: '_CPI_DEV0001' },
    auth: { method: 'basic', user: '_CPI_DEV0001', passwordSecretId: null },
  });
  // The password goes in the way the wizard sends it: once, over IPC, into the vault.
  const stored = await page.evaluate(
    ([connectionId, password]) => window.c4c.connection.setPassword({ connectionId, password }),
    [basic.id, USER_PASSWORD] as const,
  );
  expect(stored.ok).toBe(true);
  await app.open();
});

test('export all holds no secret; importing it brings the connections back asking for their secrets', async ({
  page,
  app,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'travel-'));
  const file = join(dir, 'all.json');
  app.nextSavePath(file);
  await page.getByTestId('home-export-all').click();
  await expect(page.getByTestId('home-notice')).toContainText('2 connections exported');

  const text = readFileSync(file, 'utf8');
  const opened = await openPkcs12(readFileSync(P12), P12_PASSWORD);
  const keyBody = opened.keyPem.replace(/-----[^-]+-----|\s/g, '');
  for (const secret of [
    USER_PASSWORD,
    P12_PASSWORD,
    keyBody.slice(0, 64),
    readFileSync(P12).toString('base64').slice(0, 64),
    'PRIVATE KEY',
    'passwordSecretId',
    'keyPairId',
    ...vaultFiles(app.dataFolder).map((f) => f.replace(/\.bin$/, '')),
  ]) {
    expect(text, `the export contains ${secret.slice(0, 12)}…`).not.toContain(secret);
  }
  expect(JSON.parse(text)).toMatchObject({ format: 'c4c-connect/connections', version: 1 });

  // The Import button opens the OS file chooser (a hidden native file input behind a UI5 button).
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('home-import').locator('button').click();
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('home-notice')).toContainText(
    '2 connections imported. Asking for their key pair or password again: 2.',
  );
  const rows = page.getByTestId('home-connection');
  await expect(rows).toHaveCount(4);
  // Nothing is linked by the name a file gives (issue 9): the key pair and the password are asked for.
  const copy = rows.filter({ hasText: 'Password connection (2)' });
  await expect(copy.getByTestId('home-keypair-status')).toContainText('Password needed');
  await copy.getByTestId('home-continue-setup').click();
  await expectStep(page, 'credentials');
});

test('a file with its own CA certificate imports only after main asked and the user said yes', async ({
  page,
  app,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'travel-ca-'));
  const file = join(dir, 'ca.json');
  const pem = readFileSync(resolve(import.meta.dirname, '../fixtures/pki/server-root.crt'), 'utf8');
  const c = app.services.connections.list()[0]!;
  app.services.connections.save({
    ...c,
    trust: { extraCaPem: [pem], useOsTrustStore: false },
  });
  app.nextSavePath(file);
  await page.reload();
  await page.getByTestId('home-export-all').click();
  await expect(page.getByTestId('home-notice')).toContainText('2 connections exported');
  // Main asks in its own dialog; closing it (no answer) imports nothing.
  await page.locator('[data-testid="home-import"] input[type=file]').setInputFiles(file);
  await expect(page.getByTestId('home-notice')).toContainText('Nothing was imported');
  expect(app.services.connections.list()).toHaveLength(2);
  const question = app.host.asked.at(-1);
  expect(question?.detail).toContain('Fixture Server Root CA');
  expect(question?.detail).toContain(c.tenantHost);
  // The user says "Import and trust".
  app.host.answers.push(0);
  await page.locator('[data-testid="home-import"] input[type=file]').setInputFiles([]);
  await page.locator('[data-testid="home-import"] input[type=file]').setInputFiles(file);
  await expect(page.getByTestId('home-notice')).toContainText('2 connections imported');
  expect(app.services.connections.list()).toHaveLength(4);
});

test('a bad file or an unknown version imports nothing and says why', async ({ page, app }) => {
  const dir = mkdtempSync(join(tmpdir(), 'travel-bad-'));
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{"format":"c4c-connect/connections","version":1,"connections":[{"name":"x"}]}');
  await page.locator('[data-testid="home-import"] input[type=file]').setInputFiles(bad);
  await expect(page.getByTestId('home-notice')).toContainText('Nothing was imported');
  const newer = join(dir, 'newer.json');
  writeFileSync(newer, '{"format":"c4c-connect/connections","version":7,"connections":[]}');
  await page.locator('[data-testid="home-import"] input[type=file]').setInputFiles(newer);
  await expect(page.getByTestId('home-notice')).toContainText('version 7');
  await expect(page.getByTestId('home-connection')).toHaveCount(2);
  expect(app.services.connections.list()).toHaveLength(2);
});

test('export one, duplicate, and delete with confirmation (the password leaves the vault)', async ({
  page,
  app,
}) => {
  const before = vaultFiles(app.dataFolder).length;
  await page
    .getByTestId('home-connection')
    .filter({ hasText: 'Password connection' })
    .getByTestId('home-connection-name')
    .click();
  await expect(page.getByTestId('connection-page')).toBeVisible();

  const file = join(mkdtempSync(join(tmpdir(), 'travel-one-')), 'one.json');
  app.nextSavePath(file);
  await page.getByTestId('connection-export').click();
  await expect(page.getByTestId('connection-notice')).toContainText('Exported');
  const one = JSON.parse(readFileSync(file, 'utf8')) as { connections: { name: string }[] };
  expect(one.connections.map((c) => c.name)).toEqual(['Password connection']);
  expect(readFileSync(file, 'utf8')).not.toContain(USER_PASSWORD);

  await page.getByTestId('connection-duplicate').click();
  await expect(page.getByRole('heading', { name: 'Password connection (copy)', level: 1 })).toBeVisible();
  // The copy does not share the original's vault file.
  expect(vaultFiles(app.dataFolder)).toHaveLength(before);

  await page.getByTestId('connection-delete').click();
  await expect(page.getByTestId('connection-delete-dialog')).toBeVisible();
  await page.getByTestId('connection-delete-confirm').click();
  await expect(page.getByTestId('home')).toBeVisible();
  await page
    .getByTestId('home-connection')
    .filter({ hasText: 'Password connection' })
    .first()
    .getByTestId('home-connection-name')
    .click();
  await expect(page.getByRole('heading', { name: 'Password connection', level: 1 })).toBeVisible();
  await page.getByTestId('connection-delete').click();
  await page.getByTestId('connection-delete-confirm').click();
  await expect(page.getByTestId('home-connection')).toHaveCount(1);
  expect(vaultFiles(app.dataFolder)).toHaveLength(before - 1);
});
