/**
 * A PNG of every main screen, light and dark. `npm run screenshots` (SCREENSHOTS=1) writes them to
 * docs/screenshots/ for the README; in `npm test` the same walk runs and writes to test-results/,
 * so a screen that stops rendering fails here too.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures';

// A key pair in the vault, so the Key Pairs screen shows its details rather than the empty state.
test.use({
  harnessOptions: {
    seed: async (s) => {
      await s.keyPairs.import({
        name: 'my123456 production',
        fileName: 'with-chain.p12',
        bytes: new Uint8Array(
          readFileSync(resolve(import.meta.dirname, '../fixtures/pkcs12/with-chain.p12')),
        ),
        password: 'Test1234',
      });
    },
  },
});

const target = process.env.SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots';
mkdirSync(target, { recursive: true });

const SCREENS: { file: string; nav: string; ready: string; select?: string }[] = [
  { file: 'home', nav: 'Connections', ready: '#home-title' },
  {
    file: 'key-pairs',
    nav: 'Key Pairs',
    ready: '[data-testid="keypair-details"]',
    select: 'keypair-list-item',
  },
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
      if (screen.select) await page.getByTestId(screen.select).first().click();
      await expect(page.locator(screen.ready).first()).toBeVisible();
      // Let UI5 finish its own rendering pass (web components render asynchronously).
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      await page.screenshot({ path: join(target, `${screen.file}-${theme}.png`) });
    }
  });
}
