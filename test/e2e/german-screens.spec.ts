/**
 * The German UI says everything in German: a whole practice-tenant journey (wizard, test with its
 * diagnosis, metadata, hand-over), Home, Key pairs and Settings, each screen
 * checked for English sentences (small allow-list: product names and field values, test/e2e/no-english.ts).
 */
import { expect, test } from './fixtures';
import { englishIn, englishSentences } from './no-english';
import { field, next, startWizard } from './wizard-flow';

test('the no-English check finds English and lets German and field values pass', () => {
  expect(englishIn('Check the host name for typos.')).not.toBeNull();
  expect(englishIn('Prüfen Sie den Hostnamen auf Tippfehler.')).toBeNull();
  expect(englishIn('Kommunikationsszenario „OData Services for Business Objects“')).toBeNull();
});

test('no English sentence on any screen of a German journey', async ({ page, app }) => {
  test.setTimeout(240_000);
  // The check sees the page: the English home screen (the fixture opened it in English) has English.
  await expect(page.getByTestId('home-empty')).toBeVisible();
  expect((await englishSentences(page)).length).toBeGreaterThan(0);
  app.services.settings.set({ language: 'de' });
  await app.open();
  const seen: Record<string, string[]> = {};
  const check = async (screen: string) => {
    seen[screen] = await englishSentences(page);
  };

  await check('home (empty)');
  await startWizard(page);
  await check('tenant');
  await page.getByTestId('wz-use-practice').click();
  await expect(page.getByTestId('wz-tenant-check')).toContainText('127.0.0.1', { timeout: 20_000 });
  await field(page, 'wz-name').fill('Übungs-Tenant');
  await next(page, 'system');
  await page.getByTestId('wz-system-suggest').click();
  await field(page, 'wz-host-name').fill('mytenant.it-cpi018.cfapps.eu10-003.hana.ondemand.com');
  await expect(page.getByTestId('wz-host-cpi-note')).toContainText('Cloud-Integration-Host');
  await page.getByTestId('wz-system-done').click();
  await check('system');
  await next(page, 'arrangement');
  await expect(page.getByTestId('copy-communication-method-value')).toHaveText('Direct Connection');
  await expect(page.getByTestId('copy-authentication-method-value')).toHaveText('SSL Client Certificate');
  await field(page, 'wz-technical-user').fill('_CPI_PRACTICE');
  await page.getByTestId('wz-arrangement-done').click();
  await check('arrangement');
  await next(page, 'credentials');
  await page.getByRole('button', { name: 'Übungs-Schlüsselpaar importieren' }).click();
  await expect(page.getByTestId('wz-keypair-chosen')).toBeVisible({ timeout: 20_000 });
  await check('credentials');
  await next(page, 'test');
  await page.getByTestId('ct-retry').click();
  await expect(page.getByTestId('ct-diagnosis')).toHaveAttribute('data-code', 'OK', { timeout: 30_000 });
  await expect(page.getByTestId('ct-diagnosis')).toContainText('Die Verbindung funktioniert');
  await check('test (OK)');
  await next(page, 'metadata');
  await page.getByTestId('wz-metadata-download').click();
  await expect(page.getByTestId('wz-metadata-summary')).toContainText('Entitätsmengen', { timeout: 30_000 });
  await check('metadata');
  await next(page, 'handover');
  await expect(page.getByTestId('handover-csrfProtected')).toContainText(
    'Entfernen Sie den Haken bei CSRF Protected',
  );
  await expect(page.getByTestId('handover-edmx')).toContainText('Übungs-Tenant.edmx');
  await check('handover');
  await page.getByTestId('wz-next').click();
  await expect(page.getByTestId('connection-page')).toBeVisible();
  await check('connection page');

  await page.getByRole('treeitem', { name: 'Verbindungen' }).click();
  await check('home');
  await page.getByRole('treeitem', { name: 'Schlüsselpaare' }).click();
  await check('key pairs');
  await page.getByRole('treeitem', { name: 'Einstellungen' }).click();
  await check('settings');

  const found = Object.entries(seen).filter(([, english]) => english.length > 0);
  expect(found, JSON.stringify(found, null, 2)).toEqual([]);
});
