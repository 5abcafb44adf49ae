/**
 * A PNG of every main screen, light and dark. `npm run screenshots` (SCREENSHOTS=1) writes them to
 * docs/screenshots/ for the README; in `npm test` the same walk runs and writes to test-results/,
 * so a screen that stops rendering fails here too.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const target = process.env.SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots';
mkdirSync(target, { recursive: true });

const SCREENS = [
  { file: 'home', nav: 'Connections', ready: '#home-title' },
  { file: 'key-pairs', nav: 'Key Pairs', ready: 'main h1, main [level="H1"]' },
  { file: 'settings', nav: 'Settings', ready: '#settings-title' },
  { file: 'about', nav: 'About', ready: '[data-testid="about-versions"]' },
];

for (const theme of ['light', 'dark'] as const) {
  test(`every screen renders in the ${theme} theme`, async ({ page, app }) => {
    app.services.settings.set({ theme, language: 'en' });
    await app.open();
    await expect(page.locator('html')).toHaveAttribute(
      'data-theme',
      theme === 'dark' ? 'sap_horizon_dark' : 'sap_horizon',
    );
    for (const screen of SCREENS) {
      await page.getByRole('treeitem', { name: screen.nav }).click();
      await expect(page.locator(screen.ready).first()).toBeVisible();
      // Let UI5 finish its own rendering pass (web components render asynchronously).
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      await page.screenshot({ path: join(target, `${screen.file}-${theme}.png`) });
    }
  });
}
