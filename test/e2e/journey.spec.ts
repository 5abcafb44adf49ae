/**
 * The whole journey in the real renderer with the real handlers and keychain: a new tenant, the
 * communication system and arrangement, the key pair import, a test, metadata, a query and the
 * hand-over. Once against nginx + SAP CAP (mTLS), once against the practice tenant (README
 * screenshots with SCREENSHOTS=1). Meanwhile every outbound connection of this process is
 * recorded: anything but the tenant fails the test (the offline promise).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPkcs12 } from '../../electron/core/pkcs12/index';
import { scanForSecrets } from '../integration/keypairs/disk-scan';
import { startNginxWithCap, type NginxWithCap } from '../servers/index';
import { expect, test } from './fixtures';
import { recordOutbound, strayConnections } from './journey-outbound';
import {
  expectAccessible,
  expectHandover,
  exploreAndBuild,
  fillArrangement,
  fillSystem,
  fillTenant,
  importKeyPair,
  metadataAndQuery,
  next,
  runTestExpectOk,
  shot,
  startWizard,
} from './wizard-flow';

test.describe.configure({ mode: 'serial' });

let servers: NginxWithCap | null = null;
test.afterAll(async () => {
  await servers?.stop();
});

test('from a new tenant to the hand-over against nginx + SAP CAP with a client certificate, talking only to the tenant', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  servers = await startNginxWithCap();
  const tenant = new URL(servers.mtlsUrl);
  const dir = mkdtempSync(join(tmpdir(), 'journey-'));
  const caFile = join(dir, 'server-root.pem');
  writeFileSync(caFile, servers.caPem);

  const outbound = recordOutbound();
  try {
    await startWizard(page);
    await fillTenant(page, { address: `https://${tenant.host}/`, name: 'CAP mTLS', caFile });
    await next(page, 'system');
    await fillSystem(page);
    await next(page, 'arrangement');
    await fillArrangement(page, { technicalUser: '_CPI_DEV0001' });
    await next(page, 'credentials');
    await importKeyPair(page, {
      file: servers.clientP12.path,
      password: servers.clientP12.password,
      name: 'CAP client',
    });
    await next(page, 'test');
    await runTestExpectOk(page);
    await next(page, 'metadata');
    await metadataAndQuery(page);
    await next(page, 'handover');
    await expectHandover(
      page,
      new RegExp(`https://${tenant.host.replace(/\./g, '\\.')}/sap/c4c/odata/v1/c4codataapi/?`),
    );
    // The alias handed over is the one of the key pair as named, nothing else.
    await expect(page.locator('[data-testid="handover-privateKeyAlias"] .handover-value')).toHaveText(
      'cap_client',
    );
    await page.getByTestId('wz-next').click();
    await expect(page.getByTestId('connection-page')).toBeVisible();
  } finally {
    outbound.stop();
  }
  expect(outbound.seen.length, 'the journey reached the tenant').toBeGreaterThan(0);
  expect(strayConnections(outbound.seen, [tenant.host])).toEqual([]);

  // Finished: Home lists it as tested, with its key pair, and no "Continue setup".
  await page.getByRole('treeitem', { name: 'Connections' }).click();
  const row = page.getByTestId('home-connection');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('home-last-test')).toContainText('Works');
  await expect(row.getByTestId('home-keypair-status')).toContainText('CAP client');
  await expect(row.getByTestId('home-continue-setup')).toHaveCount(0);
  expect(app.services.setupProgress.list()).toEqual([]);

  // Nothing secret in the data folder: the key pair lives only encrypted in the vault.
  const p12 = readFileSync(servers.clientP12.path);
  const { keyPem } = await openPkcs12(p12, servers.clientP12.password);
  expect(scanForSecrets([app.dataFolder], { password: servers.clientP12.password, keyPem, p12 })).toEqual([]);
});

test('the same journey against the practice tenant, accessible on every step (README walkthrough)', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  await startWizard(page);
  await shot(page, '1-tenant');
  await expectAccessible(page, 'tenant (empty)');
  await page.getByTestId('wz-use-practice').click();
  await expect(page.getByTestId('wz-tenant-check')).toContainText('127.0.0.1', { timeout: 20_000 });
  await expect(page.getByTestId('wz-practice')).toBeVisible();
  await shot(page, '1b-practice');
  const practice = app.services.practiceTenant.status();
  expect(practice).not.toBeNull();
  const tenantHost = practice!.tenantHost;
  const outbound = recordOutbound();
  try {
    await fillTenant(page, { name: 'Practice tenant' });
    await expect(
      page.getByRole('heading', { name: 'Set up the connection “Practice tenant”', level: 1 }),
    ).toBeVisible();
    await next(page, 'system');
    await fillSystem(page);
    await shot(page, '2-system');
    await expectAccessible(page, 'system');
    await next(page, 'arrangement');
    // The technical user the practice tenant names in its strip, as a consultant would copy it.
    await fillArrangement(page, { technicalUser: '_PRACTICE_TECH' });
    await shot(page, '3-arrangement');
    await expectAccessible(page, 'arrangement');
    await next(page, 'credentials');
    // The practice key pair in one click (the strip on the tenant step shows its file and password).
    await page.getByTestId('wz-import-practice').click();
    await expect(page.getByTestId('wz-keypair-chosen')).toBeVisible({ timeout: 20_000 });
    await shot(page, '4-credentials');
    await expectAccessible(page, 'credentials');
    await next(page, 'test');
    await runTestExpectOk(page);
    await shot(page, '5-test');
    await expectAccessible(page, 'test');
    await next(page, 'metadata');
    await metadataAndQuery(page);
    await exploreAndBuild(page, 'CorporateAccountCollection');
    await shot(page, '6-metadata');
    await expectAccessible(page, 'metadata');
    await next(page, 'handover');
    await expectHandover(page, /https:\/\/127\.0\.0\.1:\d+\/sap\/c4c\/odata\/v1\/c4codataapi\/?/);
    await expect(page.locator('[data-testid="handover-privateKeyAlias"] .handover-value')).toHaveText(
      'practice_key_pair',
    );
    await expect(page.getByTestId('wz-handover-query')).toContainText('CorporateAccountCollection');
    await expect(page.getByTestId('handover')).not.toContainText('$top');
    await shot(page, '7-handover');
    await expectAccessible(page, 'handover');
    await page.getByTestId('wz-next').click();
    await expect(page.getByTestId('connection-page')).toBeVisible();
  } finally {
    outbound.stop();
  }
  expect(strayConnections(outbound.seen, [tenantHost])).toEqual([]);
  await page.getByRole('treeitem', { name: 'Connections' }).click();
  await expect(page.getByTestId('home-last-test')).toContainText('Works');
  await shot(page, '8-home');
  await expectAccessible(page, 'home');
});
