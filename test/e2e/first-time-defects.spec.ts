/**
 * What a first-time consultant ran into, one test each: the Import dialog's layout inside the
 * wizard, an expired certificate, the addresses a consultant pastes, the step indicator, the
 * footer on a long step, and a test of every service of the arrangement.
 */
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { emptyDraft } from '../../shared/wizard/wizard-model';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import type { AppHarness } from './harness/app-harness';
import { expectAccessible, expectStep, field, next } from './wizard-flow';

const PKCS12 = resolve(import.meta.dirname, '../fixtures/pkcs12');

async function box(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error('not rendered');
  return b;
}

/** Seeds a connection at the credentials step (client certificate) and opens the wizard there. */
async function atCredentials(page: Page, app: AppHarness) {
  const c = app.services.connections.save({
    ...emptyDraft(),
    name: 'Sales sync',
    tenantHost: 'my123456.crm.ondemand.com',
  });
  app.services.setupProgress.set(c.id, 'credentials');
  await app.open();
  await page.getByTestId('home-continue-setup').click();
  await expectStep(page, 'credentials');
  return c;
}

test('the Import dialog opened from the wizard first has its layout: each label above or beside its own field', async ({
  page,
  app,
}) => {
  await atCredentials(page, app);
  await page.getByTestId('wz-import-keypair').click();
  const dialog = page.getByTestId('keypair-import-dialog');
  await expect(dialog.getByTestId('keypair-file')).toBeVisible();
  const pairs = [
    ['keypair-file', 'keypair-file'],
    ['keypair-name', 'keypair-name'],
    ['keypair-password', 'keypair-password'],
  ] as const;
  let previousBottom = 0;
  for (const [labelFor, testId] of pairs) {
    const label = await box(dialog.locator(`[ui5-label][for="${labelFor}"]`));
    const input = await box(dialog.getByTestId(testId));
    const above = label.y + label.height <= input.y + 1 && label.x < input.x + input.width;
    const beside =
      Math.abs(label.y + label.height / 2 - (input.y + input.height / 2)) < 8 &&
      label.x + label.width <= input.x + 1;
    expect(above || beside, `label of ${testId} above or beside its field`).toBe(true);
    // Not on one line with the field before it.
    expect(label.y, `label of ${testId} below the field before it`).toBeGreaterThanOrEqual(
      previousBottom - 1,
    );
    previousBottom = input.y + input.height;
  }
  await expectAccessible(page, 'import dialog from the wizard');
});

test('an expired certificate is named with its date in the UI language, and the credentials step does not move on', async ({
  page,
  app,
}) => {
  app.services.settings.set({ language: 'de' });
  await atCredentials(page, app);
  await page.getByTestId('wz-import-keypair').click();
  const dialog = page.getByTestId('keypair-import-dialog');
  await dialog
    .locator('[data-testid="keypair-file"] input[type=file]')
    .setInputFiles(resolve(PKCS12, 'expired.p12'));
  await dialog.getByTestId('keypair-password').locator('input').fill('Test1234');
  await dialog.getByTestId('keypair-import-submit').click();
  // The dialog stays and says so, with a readable German date and what to do.
  const warning = dialog.getByTestId('keypair-import-validity');
  await expect(warning).toContainText('01.02.2020', { timeout: 20_000 });
  await expect(warning).toContainText('Edit Credentials');
  await expect(warning).not.toContainText('T00:00');
  await expectAccessible(page, 'import dialog with an expired certificate');
  await dialog.getByTestId('keypair-import-done').click();
  await expect(page.getByTestId('wz-keypair-validity')).toContainText('01.02.2020');
  await page.getByTestId('wz-next').click();
  await expectStep(page, 'credentials');
  await expect(page.getByTestId('error-keyPair')).toContainText('nicht gültig');
});

test('the tenant field keeps the host of any C4C URL, takes a service path to the arrangement and asks "did you mean"', async ({
  page,
}) => {
  await page.getByTestId('setup-connection').click();
  const tenant = field(page, 'wz-tenant');
  await tenant.fill(
    'https://my123456.crm.ondemand.com/sap/ap/ui/clogin?saml2=disabled&app.component=%2fSAP_UI_CT%2fMain%2froot.uiccwoc',
  );
  await expect(page.getByTestId('wz-tenant-check')).toContainText('my123456');
  await expect(page.getByTestId('error-tenantHost')).toHaveCount(0);

  await tenant.fill('my123456.crm.ondemand.con');
  await expect(page.getByTestId('wz-tenant-suggestion')).toContainText('my123456.crm.ondemand.com');
  await page.getByTestId('wz-tenant-suggestion').getByRole('button').click();
  await expect(tenant).toHaveValue('my123456.crm.ondemand.com');

  await tenant.fill('https://my123456.crm.ondemand.com/sap/c4c/odata/cust/v1/accounthierarchylist/$metadata');
  await expect(page.getByTestId('wz-tenant-check')).toContainText(
    '/sap/c4c/odata/cust/v1/accounthierarchylist/',
  );
  await field(page, 'wz-name').fill('Hierarchy');
  await next(page, 'system');
  // The visited step is a way back, and the address kept only the host.
  await page.getByTestId('wz-indicator-tenant').getByRole('button').click();
  await expectStep(page, 'tenant');
  await expect(tenant).toHaveValue('my123456.crm.ondemand.com');
  await next(page, 'system');
  await page.getByTestId('wz-system-suggest').click();
  await field(page, 'wz-host-name').fill('cpi.example.com');
  await page.getByTestId('wz-system-done').click();
  await next(page, 'arrangement');
  await expect(field(page, 'wz-service-path-0')).toHaveValue('/sap/c4c/odata/cust/v1/accounthierarchylist/');
  await expect(field(page, 'wz-service-name-0')).toHaveValue('accounthierarchylist');
});

test('the test step tests every service with its URL and diagnosis, and Back/Next stay in view', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000);
  const tenant = await app.services.practiceTenant.start();
  const c = app.services.connections.save({
    ...emptyDraft(),
    name: 'Two services',
    tenantHost: tenant.tenantHost,
    arrangement: {
      ...emptyDraft().arrangement,
      technicalUser: tenant.user,
      services: [
        { name: 'c4codataapi', path: '/sap/c4c/odata/v1/c4codataapi/' },
        { name: 'accounthierarchylist', path: new URL(tenant.quirkServiceUrl).pathname },
      ],
    },
    trust: { extraCaPem: [tenant.caPem], useOsTrustStore: false },
    proxy: { mode: 'none' },
    fetchCsrfToken: true,
  });
  const kp = await app.services.keyPairs.import({
    name: 'Practice',
    fileName: 'practice.p12',
    bytes: new Uint8Array(await readFile(tenant.p12Path)),
    password: tenant.p12Password,
  });
  app.services.connections.save({ ...c, auth: { method: 'client-certificate', keyPairId: kp.id } });
  app.services.setupProgress.set(c.id, 'test');
  await page.setViewportSize({ width: 1100, height: 600 });
  await app.open();
  await page.getByTestId('home-continue-setup').click();
  await expectStep(page, 'test');
  await page.getByTestId('ct-retry').click();
  await expect(page.getByTestId('ct-diagnosis')).toHaveAttribute('data-code', 'INCONSISTENT_AUTHORIZATION', {
    timeout: 30_000,
  });
  const services = page.getByTestId('ct-service');
  await expect(services).toHaveCount(2);
  await expect(services.nth(0)).toHaveAttribute('data-code', 'OK');
  await expect(services.nth(0)).toContainText(tenant.serviceUrl);
  await expect(services.nth(1)).toHaveAttribute('data-code', 'INCONSISTENT_AUTHORIZATION');
  await expect(services.nth(1)).toContainText(tenant.quirkServiceUrl);
  // Each service's request is copyable on its own; none of the result's buttons copies the first
  // service for all of them.
  await expect(page.getByTestId('ct-copy-curl')).toHaveCount(0);
  const copied = async (testId: string) => {
    const before = app.host.clipboard.length;
    await page.getByTestId(testId).click();
    await expect.poll(() => app.host.clipboard.length).toBe(before + 1);
    return app.host.clipboard.at(-1) ?? '';
  };
  expect(await copied('ct-service-c4codataapi-copy-curl')).toContain(`'${tenant.serviceUrl}'`);
  expect(await copied('ct-service-accounthierarchylist-copy-curl')).toContain(`'${tenant.quirkServiceUrl}'`);
  expect(await copied('ct-service-accounthierarchylist-copy-powershell')).toContain(
    `-Uri '${tenant.quirkServiceUrl}'`,
  );
  // A long step: the footer stays in view.
  await expect(page.getByTestId('wz-next')).toBeInViewport();
  await expectAccessible(page, 'test step with two services');

  // The hand-over is for the first service; the second's Address is there to copy too.
  await next(page, 'metadata');
  await next(page, 'handover');
  const others = page.getByTestId('handover-other-services');
  await expect(others).toContainText('accounthierarchylist');
  const quirkRoot = tenant.quirkServiceUrl.replace(/\/+$/, '');
  await expect(page.getByTestId('handover-address-accounthierarchylist')).toContainText(quirkRoot);
  expect(await copied('copy-address-accounthierarchylist')).toBe(quirkRoot);
  expect(await copied('copy-address')).toBe(tenant.serviceUrl.replace(/\/+$/, ''));
  await expectAccessible(page, 'hand-over with two services');
});
