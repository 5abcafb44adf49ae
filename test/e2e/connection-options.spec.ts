/**
 * The test step's options, from the real renderer against the practice tenant: its quirk service
 * answers a CSRF fetch with "Inconsistent Authorization: Re-activate Communication Arrangement.",
 * so switching "Fetch CSRF token" on gives INCONSISTENT_AUTHORIZATION, and off again, OK.
 */
import { readFileSync } from 'node:fs';
import { emptyDraft } from '../../shared/wizard/wizard-model';
import { expect, test } from './fixtures';
import { expectStep, field, openPanel } from './wizard-flow';

test('the CSRF switch: on gives the Inconsistent Authorization diagnosis with its cure, off works', async ({
  page,
  app,
}) => {
  const s = app.services;
  const tenant = await s.practiceTenant.start();
  const keyPair = await s.keyPairs.import({
    name: 'Practice key pair',
    fileName: 'practice.p12',
    bytes: readFileSync(tenant.p12Path),
    password: tenant.p12Password,
  });
  const quirkPath = new URL(tenant.quirkServiceUrl).pathname;
  const c = s.connections.save({
    ...emptyDraft(),
    name: 'Quirk service',
    tenantHost: tenant.tenantHost,
    arrangement: {
      scenario: 'OData Services for Business Objects',
      services: [{ name: 'accounthierarchylist', path: quirkPath }],
      technicalUser: tenant.user,
      doneInC4c: true,
    },
    system: { systemId: 'CPI_TEST', hostName: 'cpi.example.test', doneInC4c: true },
    auth: { method: 'client-certificate', keyPairId: keyPair.id },
    trust: { extraCaPem: [tenant.caPem], useOsTrustStore: false },
    proxy: { mode: 'none' },
  });
  s.setupProgress.set(c.id, 'test');
  await app.open();
  await page.getByTestId('home-continue-setup').click();
  await expectStep(page, 'test');

  const options = page.getByTestId('wz-options');
  await expect(options).toContainText('Inconsistent Authorization');
  await openPanel(page, 'wz-options');
  await expect(page.getByTestId('wz-csrf')).not.toHaveAttribute('checked');
  await page.getByTestId('wz-csrf').click();
  await page.getByTestId('ct-retry').click();
  await expect(page.getByTestId('ct-diagnosis')).toHaveAttribute('data-code', 'INCONSISTENT_AUTHORIZATION', {
    timeout: 30_000,
  });
  expect(s.connections.get(c.id).fetchCsrfToken).toBe(true);

  await page.getByTestId('wz-csrf').click();
  await page.getByTestId('ct-retry').click();
  await expect(page.getByTestId('ct-diagnosis')).toHaveAttribute('data-code', 'OK', { timeout: 30_000 });
  expect(s.connections.get(c.id).fetchCsrfToken).toBe(false);
});

test('a manual proxy with a user keeps its password in the vault, not in the connection', async ({
  page,
  app,
}) => {
  const s = app.services;
  const c = s.connections.save({
    ...emptyDraft(),
    name: 'Behind a proxy',
    tenantHost: 'my123456.crm.ondemand.com',
  });
  s.setupProgress.set(c.id, 'test');
  await app.open();
  await page.getByTestId('home-continue-setup').click();
  await expectStep(page, 'test');

  await openPanel(page, 'wz-options');
  await page.getByTestId('wz-proxy').click();
  await page.getByRole('option', { name: 'Manual' }).click();
  await field(page, 'wz-proxy-url').fill('http://proxy.example.test:8080');
  await field(page, 'wz-proxy-user').fill('consultant');
  await field(page, 'wz-proxy-password').fill('Proxy-Secret-1');
  await page.getByRole('button', { name: 'Keep in vault' }).click();
  await expect(page.getByTestId('wz-options-notice')).toContainText('vault');
  await expect(field(page, 'wz-proxy-password')).toHaveValue('');

  const saved = s.connections.get(c.id);
  expect(saved.proxy).toMatchObject({
    mode: 'manual',
    url: 'http://proxy.example.test:8080',
    user: 'consultant',
  });
  expect(JSON.stringify(saved)).not.toContain('Proxy-Secret-1');
  expect(readFileSync(s.store.path, 'utf8')).not.toContain('Proxy-Secret-1');
  const secretId = saved.proxy.mode === 'manual' ? saved.proxy.passwordSecretId : null;
  expect(secretId).not.toBeNull();
  expect(await s.vault.getText(secretId!)).toBe('Proxy-Secret-1');
});
