/** The guided setup in German: titles, help, menu paths and the messages of a step that cannot move on. */
import { expect, test } from './fixtures';
import { expectAccessible, expectStep, field } from './wizard-flow';

test('the wizard speaks German when the app does, down to the validation messages', async ({ page, app }) => {
  app.services.settings.set({ language: 'de' });
  await app.open();
  await expect(page.getByTestId('home-empty')).toContainText('Noch keine Verbindungen');
  await page.getByTestId('setup-connection').click();
  await expectStep(page, 'tenant');
  await expect(page.getByRole('heading', { name: 'Verbindung einrichten', level: 1 })).toBeVisible();
  await expect(page.getByTestId('wz-indicator-arrangement')).toContainText('Kommunikationsvereinbarung');
  await page.getByTestId('wz-next').click();
  await expect(page.getByTestId('error-name')).toContainText('Geben Sie der Verbindung einen Namen');
  await field(page, 'wz-tenant').fill('my123456.crm.ondemand.com');
  await expect(page.getByTestId('wz-tenant-check')).toContainText('C4C-Tenant my123456 erkannt');
  await field(page, 'wz-name').fill('Kontakt-Sync');
  await page.getByTestId('wz-next').click();
  await expectStep(page, 'system');
  // C4C's own labels, as the English sources name them (no source gives the German ones).
  await expect(page.getByTestId('menu-path')).toContainText(
    'Administrator > General Settings > Communication Systems > New (englische Oberfläche)',
  );
  await expectAccessible(page, 'system step in German');
});
