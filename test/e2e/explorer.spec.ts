/**
 * The OData channels through the real renderer page: window.c4c bridged to the real handler table,
 * a real keychain and vault holding the client key pair, real nginx (mTLS) in front of real SAP CAP.
 * Download and explore the metadata, run a built query, save the .edmx and export the hand-over.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { buildUrl, emptyQuery } from '../../shared/odata/query';
import { startNginxWithCap, type NginxWithCap } from '../servers/index';
import { expect, test } from './fixtures';

const CONNECTION_ID = 'e2e-odata-connection';
let servers: NginxWithCap;

test.beforeAll(async () => {
  servers = await startNginxWithCap();
});
test.afterAll(async () => {
  await servers.stop();
});

test.use({
  harnessOptions: {
    seed: async (s) => {
      const keyPair = await s.keyPairs.import({
        name: 'CAP Test Client',
        fileName: 'client.p12',
        bytes: new Uint8Array(readFileSync(servers.pki.client.p12Path)),
        password: servers.pki.client.password,
      });
      const now = new Date().toISOString();
      s.store.set('connections', [
        {
          id: CONNECTION_ID,
          name: 'CAP over mTLS',
          environment: 'test',
          tenantHost: `127.0.0.1:${servers.ports.mtls}`,
          system: { systemId: 'CPI_TEST', hostName: 'cpi.example.test', doneInC4c: true },
          arrangement: {
            scenario: 'OData Services for Business Objects',
            services: [{ name: 'c4codataapi', path: '/sap/c4c/odata/v1/c4codataapi/' }],
            technicalUser: '_CPI_TEST1',
            doneInC4c: true,
          },
          auth: { method: 'client-certificate', keyPairId: keyPair.id },
          proxy: { mode: 'none' },
          trust: { extraCaPem: [servers.caPem], useOsTrustStore: false },
          fetchCsrfToken: false,
          timeoutSeconds: 20,
          createdAt: now,
          updatedAt: now,
        },
      ]);
    },
  },
});

test('metadata is downloaded, explored and saved; a built query returns rows; the hand-over exports', async ({
  page,
  app,
}) => {
  const id = CONNECTION_ID;
  const downloaded = await page.evaluate(
    (connectionId) => window.c4c.metadata.download({ connectionId, language: 'de' }),
    id,
  );
  expect(downloaded).toMatchObject({ ok: true, value: { path: '$metadata?sap-label=true' } });
  if (!downloaded.ok) return;
  expect(downloaded.value.counts.entitySets).toBeGreaterThanOrEqual(2);
  expect(downloaded.value.serviceRoot).toBe(servers.mtlsUrl);

  const explored = await page.evaluate(async (connectionId) => {
    const sets = await window.c4c.metadata.sets({ connectionId });
    const detail = await window.c4c.metadata.entitySet({ connectionId, name: 'CorporateAccountCollection' });
    const progress = await window.c4c.metadata.progress({ connectionId });
    return { sets, detail, progress };
  }, id);
  expect(explored.progress).toMatchObject({ ok: true, value: { state: 'done' } });
  expect(explored.sets.ok && explored.sets.value.sets.map((s) => s.name)).toEqual(
    expect.arrayContaining(['CorporateAccountCollection', 'ContactCollection']),
  );
  expect(explored.detail.ok && explored.detail.value.type.keys).toEqual(['ObjectID']);

  const url = buildUrl(
    servers.mtlsUrl,
    {
      ...emptyQuery('CorporateAccountCollection'),
      select: ['ObjectID', 'Name'],
      top: 3,
      inlinecount: true,
      format: 'json',
    },
    () => undefined,
  );
  const ran = await page.evaluate(({ connectionId, url }) => window.c4c.query.run({ connectionId, url }), {
    connectionId: id,
    url,
  });
  expect(ran.ok).toBe(true);
  if (!ran.ok) return;
  expect(ran.value.rows).toHaveLength(3);
  expect(ran.value.columns).toEqual(expect.arrayContaining(['ObjectID', 'Name']));
  expect(ran.value.count).toBeGreaterThanOrEqual(3);

  // The credentials are never sent outside the connection's service root.
  const elsewhere = await page.evaluate(
    (connectionId) => window.c4c.query.run({ connectionId, url: 'https://example.org/steal' }),
    id,
  );
  expect(elsewhere).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });

  const folder = mkdtempSync(join(tmpdir(), 'c4c-e2e-odata-'));
  app.nextSavePath(join(folder, 'cap.edmx'));
  const saved = await page.evaluate((connectionId) => window.c4c.metadata.save({ connectionId }), id);
  expect(saved).toMatchObject({ ok: true, value: { saved: true } });
  const edmx = readFileSync(join(folder, 'cap.edmx'), 'utf8');
  expect(edmx).toContain('CorporateAccountCollection');
  expect(edmx).not.toMatch(/PRIVATE KEY|BEGIN CERTIFICATE/);

  const handover = await page.evaluate(
    ({ connectionId, url }) => window.c4c.handover.get({ connectionId, url }),
    {
      connectionId: id,
      url,
    },
  );
  expect(handover.ok && handover.value.fields.map((f) => f.label)).toEqual(
    expect.arrayContaining([
      'Address',
      'Proxy Type',
      'Authentication',
      'Private Key Alias',
      'CSRF Protected',
      'Resource Path',
      'Query Options',
    ]),
  );
  app.nextSavePath(join(folder, 'handover.txt'));
  const exported = await page.evaluate(
    ({ connectionId, url }) => window.c4c.handover.export({ connectionId, url }),
    {
      connectionId: id,
      url,
    },
  );
  expect(exported).toMatchObject({ ok: true, value: { saved: true } });
  const text = readFileSync(join(folder, 'handover.txt'), 'utf8');
  expect(text).toContain('Private Key Alias');
  expect(text).toContain('cap_test_client');
  expect(text).not.toMatch(/-----BEGIN|Test1234/);
  expect(text).not.toMatch(/password/i);

  // A missing connection, and Cancel (one test: the core worker is shared per page harness).

  const missing = await page.evaluate(() => window.c4c.metadata.download({ connectionId: 'nope' }));
  expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  const result = await page.evaluate(async (connectionId) => {
    const running = window.c4c.metadata.download({ connectionId });
    const cancelled = await window.c4c.metadata.cancel({ connectionId });
    return { cancelled, result: await running };
  }, id);
  // Either the cancel reached the running download, or it had already finished: never a hang.
  if (result.cancelled.ok && result.cancelled.value.cancelled) {
    expect(result.result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
  } else {
    expect(result.result.ok).toBe(true);
  }
});

test('from the connection page: download and explore the metadata, build and run a query, copy the hand-over', async ({
  page,
  app,
}) => {
  await page.getByText('CAP over mTLS').first().click();
  await page.getByTestId('connection-explore').click();
  await expect(page.getByTestId('odata-workspace')).toBeVisible();
  await page.getByTestId('metadata-download').click();
  await expect(page.getByTestId('metadata-summary')).toBeVisible({ timeout: 20_000 });

  // Instant search over names and labels, in a virtualized list.
  await page.getByRole('searchbox', { name: /search/i }).fill('Contact');
  const list = page.getByTestId('set-list');
  await expect(list).toContainText('ContactCollection');
  await expect(list).not.toContainText('CorporateAccountCollection');
  await page.getByRole('searchbox', { name: /search/i }).fill('');
  await list.getByRole('button', { name: /CorporateAccountCollection/ }).click();
  await expect(page.getByTestId('property-table')).toContainText('ObjectID');

  const axe = new AxeBuilder({ page }).include('[data-testid="odata-workspace"]');
  const explorerViolations = (await axe.analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(explorerViolations.map((v) => v.id)).toEqual([]);

  // Build a query on the chosen set and run it: rows appear in the table.
  await page.getByTestId('open-query').click();
  await expect(page.getByTestId('qb-url')).toBeVisible();
  await page.getByRole('spinbutton', { name: /top/i }).fill('5');
  await page.getByTestId('qb-run').click();
  await expect(page.getByTestId('result-stats')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('result-rows').getByRole('row')).not.toHaveCount(0);

  // The hand-over carries the query; its copy buttons fill the clipboard through main (no web
  // clipboard permission is granted: the app denies them all).
  await page.getByRole('tab', { name: 'Cloud Integration' }).click();
  await expect(page.getByTestId('handover')).toContainText('Private Key Alias');
  await page.getByTestId('copy-address').click();
  // CPI's Address is the service root without the trailing slash (the Resource Path follows it).
  await expect.poll(() => app.host.clipboard.at(-1)).toBe(servers.mtlsUrl.replace(/\/$/, ''));
});
