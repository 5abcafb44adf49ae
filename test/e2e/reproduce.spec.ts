/**
 * Issue 13 on the real renderer against the practice tenant: "Copy as curl / PowerShell" on the
 * test result (wizard test step and connection page) and on a query in the explorer, the support
 * report saved through main's dialog, and the access matrix from the wizard's test step. The
 * clipboard is what main wrote (the harness's host records it, as Electron's clipboard would hold it).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PLACEHOLDERS } from '../../shared/reproduce/copy-command';
import { emptyDraft } from '../../shared/wizard/wizard-model';
import type { AppHarness } from './harness/app-harness';
import { expect, test } from './fixtures';
import { expectStep } from './wizard-flow';

const C4C_PATH = '/sap/c4c/odata/v1/c4codataapi/';

async function practiceConnection(app: AppHarness, auth: 'client-certificate' | 'basic') {
  const s = app.services;
  const tenant = await s.practiceTenant.start();
  const keyPair = await s.keyPairs.import({
    name: 'Practice key pair',
    fileName: 'practice.p12',
    bytes: readFileSync(tenant.p12Path),
    password: tenant.p12Password,
  });
  const c = s.connections.save({
    ...emptyDraft(),
    name: `Practice ${auth}`,
    tenantHost: tenant.tenantHost,
    arrangement: {
      scenario: 'OData Services for Business Objects',
      services: [{ name: 'c4codataapi', path: C4C_PATH }],
      technicalUser: tenant.user,
      doneInC4c: true,
    },
    system: { systemId: 'CPI_TEST', hostName: 'cpi.example.test', doneInC4c: true },
    auth:
      auth === 'basic'
        ? { method: 'basic', user: tenant.user, passwordSecretId: null }
        : { method: 'client-certificate', keyPairId: keyPair.id },
    trust: { extraCaPem: [tenant.caPem], useOsTrustStore: false },
    proxy: { mode: 'none' },
  });
  return { c, tenant, secrets: [tenant.p12Password, tenant.password, 'PRIVATE KEY'] };
}

/** Clicks a copy button and answers what main put on the clipboard. */
async function copied(page: Page, app: AppHarness, testId: string): Promise<string> {
  const before = app.host.clipboard.length;
  await page.getByTestId(testId).click();
  await expect.poll(() => app.host.clipboard.length).toBe(before + 1);
  return app.host.clipboard.at(-1) ?? '';
}

test('wizard test step: copy the test request as curl and PowerShell, save the report, check every service', async ({
  page,
  app,
}) => {
  const { c, tenant, secrets } = await practiceConnection(app, 'client-certificate');
  app.services.setupProgress.set(c.id, 'test');
  await app.open();
  await page.getByTestId('home-continue-setup').click();
  await expectStep(page, 'test');
  await page.getByTestId('ct-retry').click();
  await expect(page.getByTestId('ct-diagnosis')).toHaveAttribute('data-code', 'OK', { timeout: 30_000 });

  const curl = await copied(page, app, 'ct-copy-curl');
  expect(curl).toContain(`'${tenant.serviceUrl}'`);
  expect(curl).toContain(`--cert-type P12 --cert "${PLACEHOLDERS.p12}:$${PLACEHOLDERS.p12PasswordEnv}"`);
  expect(curl).toContain(`--cacert ${PLACEHOLDERS.caFile}`);
  const powershell = await copied(page, app, 'ct-copy-powershell');
  expect(powershell).toContain('Get-PfxCertificate');
  expect(powershell).toContain(`Invoke-WebRequest -Method Get -Uri '${tenant.serviceUrl}'`);
  for (const secret of secrets) expect(curl + powershell).not.toContain(secret);

  const dir = mkdtempSync(join(tmpdir(), 'c4c-e2e-report-'));
  app.host.nextSavePath(join(dir, 'practice.md'));
  await page.getByTestId('ct-save-report').click();
  await expect(page.getByTestId('ct-report-saved')).toContainText(join(dir, 'practice.md'));
  expect(app.host.saveDialogs.at(-1)?.title).toBe('Save support report');
  expect(existsSync(join(dir, 'practice.json'))).toBe(true);
  const report = readFileSync(join(dir, 'practice.md'), 'utf8');
  expect(report).toContain(tenant.serviceUrl);
  for (const secret of secrets) expect(report).not.toContain(secret);

  // Every service of the arrangement, from the test step too.
  await page.getByTestId('wz-access-open').click();
  await page.getByTestId('access-sets').locator('input').fill('CorporateAccountCollection');
  await page.getByTestId('access-run').click();
  await expect(page.getByTestId('access-cell-c4codataapi-CorporateAccountCollection')).toContainText('OK', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('access-cell-c4codataapi-service')).toContainText('OK');
});

test('connection page and explorer: the test request and a query as curl, with the user and no password', async ({
  page,
  app,
}) => {
  const { c, tenant, secrets } = await practiceConnection(app, 'basic');
  await app.open();
  await page.evaluate(
    ([connectionId, password]) => window.c4c.connection.setPassword({ connectionId, password }),
    [c.id, tenant.password] as const,
  );
  await page.getByTestId('home-connection-name').first().click();
  await page.getByTestId('ct-retry').click();
  await expect(page.getByTestId('ct-diagnosis')).toHaveAttribute('data-code', 'OK', { timeout: 30_000 });
  const curl = await copied(page, app, 'ct-copy-curl');
  expect(curl).toContain(`--user "${tenant.user}:$${PLACEHOLDERS.passwordEnv}"`);
  const powershell = await copied(page, app, 'ct-copy-powershell');
  expect(powershell).toContain(`Get-Credential -UserName '${tenant.user}'`);

  await page.getByTestId('connection-explore').click();
  await page.getByTestId('metadata-download').click();
  await expect(page.getByTestId('metadata-summary')).toBeVisible({ timeout: 20_000 });
  await page
    .getByTestId('set-list')
    .getByRole('button', { name: /CorporateAccountCollection/ })
    .click();
  await page.getByTestId('open-query').click();
  await page.getByRole('spinbutton', { name: /top/i }).fill('3');
  await expect(page.getByTestId('qb-url')).toHaveAttribute('value', /\$top=3/);
  const query = await copied(page, app, 'qb-copy-curl');
  expect(query).toContain(`'${tenant.serviceUrl}CorporateAccountCollection?`);
  expect(query).toMatch(/CorporateAccountCollection\?.*\$top=3/);
  expect(query).toContain(`--user "${tenant.user}:$${PLACEHOLDERS.passwordEnv}"`);
  const queryPs = await copied(page, app, 'qb-copy-powershell');
  expect(queryPs).toMatch(/-Uri '[^']*CorporateAccountCollection\?[^']*\$top=3'/);
  for (const secret of secrets) expect(curl + powershell + query + queryPs).not.toContain(secret);
});
