/**
 * What the desktop does for the page, through main. Copy buttons write the clipboard through main (one IPC call, `clipboard:write`): renderers have
 * no clipboard in Electron 44+ and every web permission stays denied, so no permission is granted
 * here either. The harness's host records what main wrote, as Electron's clipboard would hold it.
 * OS notifications that cannot be shown come back as an event and an in-app banner.
 */
import { expect, test } from './fixtures';
import { field, fillTenant, next, startWizard } from './wizard-flow';

test('a wizard copy button puts the exact value on the clipboard through main', async ({ page, app }) => {
  await startWizard(page);
  await fillTenant(page, { address: 'https://my123456.crm.ondemand.com/', name: 'Copy me' });
  await next(page, 'system');
  await page.getByTestId('wz-system-suggest').click();
  await field(page, 'wz-host-name').fill('mytenant.it-cpi018.cfapps.eu10-003.hana.ondemand.com');
  await expect(page.getByTestId('copy-system-id-value')).toHaveText(/CPI_/);
  const value = await page.getByTestId('copy-system-id-value').textContent();
  await page.getByTestId('copy-system-id').getByRole('button').click();
  await expect.poll(() => app.host.clipboard.at(-1)).toBe(value);
});

test('the clipboard channel refuses what is not bounded text', async ({ page, app }) => {
  const trusted = { url: page.url(), isMainFrame: true };
  const tooLong = await app.dispatch('clipboard:write', { text: 'x'.repeat(65_537) }, trusted);
  expect(tooLong).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  expect(await app.dispatch('clipboard:write', { text: 'x', extra: 1 }, trusted)).toMatchObject({
    ok: false,
  });
  expect(app.host.clipboard).toEqual([]);
});

test('an OS notification that could not be shown appears as an in-app banner', async ({ page, app }) => {
  await app.emit('notification:not-shown', {
    title: 'A key pair expires in 3 days',
    body: 'Renew it in C4C.',
    reason: 'failed',
  });
  const banner = page.getByTestId('notification-not-shown');
  await expect(banner).toContainText('A key pair expires in 3 days');
  await expect(banner).toContainText('could not be shown');
});
