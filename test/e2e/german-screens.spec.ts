/**
 * The German UI says everything in German: a whole practice-tenant journey (wizard, test with its
 * diagnosis, metadata, hand-over), the connection page with a passing and a failing test, explorer,
 * query builder and hand-over, Home with the travel export and import, Key pairs with the create
 * dialog, Settings and About, each screen
 * checked for English sentences (small allow-list: product names and field values, test/e2e/no-english.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { englishIn, englishSentences } from './no-english';
import { field, next, startWizard } from './wizard-flow';

test('the no-English check finds English and lets German and field values pass', () => {
  expect(englishIn('Check the host name for typos.')).not.toBeNull();
  expect(englishIn('Prüfen Sie den Hostnamen auf Tippfehler.')).toBeNull();
  expect(englishIn('Kommunikationsszenario „OData Services for Business Objects“')).toBeNull();
});

test('no English sentence on any screen of a German journey', async ({ page, app }) => {
  test.setTimeout(420_000);
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
  // No Communication Method value is named (no SAP source says which): keep C4C's default.
  await expect(page.getByTestId('wz-arrangement-order')).toContainText(
    'die vorgegebene „Communication Method“',
  );
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

  // The connection page with a test run there: stages, TLS, result and diagnosis.
  await page.getByTestId('ct-retry').click();
  await expect(page.getByTestId('ct-diagnosis')).toHaveAttribute('data-code', 'OK', { timeout: 30_000 });
  await check('connection page (test result)');

  // The OData workspace: explorer, query builder with a result, hand-over.
  await page.getByTestId('connection-explore').click();
  await expect(page.getByTestId('odata-workspace')).toBeVisible();
  await page.getByTestId('metadata-download').click();
  await expect(page.getByTestId('metadata-summary')).toBeVisible({ timeout: 30_000 });
  // Numbers the German way: a decimal comma in the size.
  await expect(page.getByTestId('metadata-summary')).toContainText(/\d,\d MB/);
  await page
    .getByTestId('set-list')
    .getByRole('button', { name: /ServiceRequestCollection/ })
    .click();
  await expect(page.getByTestId('property-table')).toBeVisible();
  await check('explorer');
  await page.getByTestId('open-query').click();
  await expect(page.getByTestId('qb-url')).toBeVisible();
  await page.getByTestId('qb-run').click();
  await expect(page.getByTestId('result-stats')).toBeVisible({ timeout: 30_000 });
  await check('query builder (result)');
  await page.getByRole('tab', { name: 'Cloud Integration' }).click();
  await expect(page.getByTestId('handover')).toContainText('Private Key Alias');
  await check('hand-over');

  // A failing test: the same tenant with a wrong password, its diagnosis and advice in German.
  const practice = app.services.practiceTenant.status();
  if (!practice) throw new Error('the practice tenant stopped');
  const { id: _id, createdAt: _c, updatedAt: _u, ...draft } = app.services.connections.list()[0]!;
  const wrong = app.services.connections.save({
    ...draft,
    name: 'Falsches Kennwort',
    auth: { method: 'basic', user: practice.user, passwordSecretId: null },
  });
  const setPassword = await page.evaluate(
    (connectionId) => window.c4c.connection.setPassword({ connectionId, password: 'nicht-das-Kennwort' }),
    wrong.id,
  );
  expect(setPassword.ok).toBe(true);
  await page.getByRole('treeitem', { name: 'Verbindungen' }).click();
  await page
    .getByTestId('home-connection')
    .filter({ hasText: 'Falsches Kennwort' })
    .getByTestId('home-connection-name')
    .click();
  await expect(page.getByTestId('connection-page')).toBeVisible();
  await page.getByTestId('ct-retry').click();
  await expect(page.getByTestId('ct-diagnosis')).toHaveAttribute('data-code', 'UNAUTHORIZED', {
    timeout: 30_000,
  });
  await check('connection page (diagnosis)');

  await page.getByRole('treeitem', { name: 'Verbindungen' }).click();
  await check('home');

  // Travel: export (main's save dialog in German), then import the file: main asks about the
  // tenant's CA in German; closed, nothing is imported; "Importieren und vertrauen" imports.
  const file = join(mkdtempSync(join(tmpdir(), 'german-travel-')), 'alle.json');
  app.nextSavePath(file);
  await page.getByTestId('home-export-all').click();
  await expect(page.getByTestId('home-notice')).toBeVisible();
  expect(app.host.saveDialogs.at(-1)?.title).toBe('Verbindungen exportieren');
  await check('home (exported)');
  await page.locator('[data-testid="home-import"] input[type=file]').setInputFiles(file);
  await expect(page.getByTestId('home-notice')).toContainText('Nichts');
  expect(app.host.asked.at(-1)?.buttons).toEqual(['Importieren und vertrauen', 'Abbrechen']);
  await check('home (import refused)');
  app.host.answers.push(0);
  await page.locator('[data-testid="home-import"] input[type=file]').setInputFiles([]);
  await page.locator('[data-testid="home-import"] input[type=file]').setInputFiles(file);
  await expect(page.getByTestId('home-connection')).toHaveCount(4);
  await check('home (imported)');

  await page.getByRole('treeitem', { name: 'Schlüsselpaare' }).click();
  await page.getByTestId('keypair-list-item').first().click();
  await expect(page.getByTestId('keypair-details')).toBeVisible();
  // The file's protection is stored in English (core writes it); the details say it in German.
  await expect(page.getByTestId('keypair-details')).toContainText(
    /Iterationen|In C4C Connect erzeugt|Nicht verschlüsselt/,
  );
  await expect(page.getByTestId('keypair-details')).not.toContainText(
    /\d iterations\b|Created in C4C Connect|Not encrypted/,
  );
  await check('key pairs (details)');
  await page.getByTestId('keypair-create').click();
  await expect(page.getByTestId('keypair-create-dialog')).toBeVisible();
  await check('key pairs (create dialog)');
  await page.keyboard.press('Escape');
  await page.getByRole('treeitem', { name: 'Einstellungen' }).click();
  await check('settings');
  await page.getByRole('treeitem', { name: 'Info' }).click();
  await check('about');

  const found = Object.entries(seen).filter(([, english]) => english.length > 0);
  expect(found, JSON.stringify(found, null, 2)).toEqual([]);
});
