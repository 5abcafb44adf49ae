/**
 * A PNG of every main screen, light and dark. `npm run screenshots` (SCREENSHOTS=1) writes them to
 * docs/screenshots/ for the README; in `npm test` the same walk runs and writes to test-results/,
 * so a screen that stops rendering fails here too.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve, win32 } from 'node:path';
import { describeTlsLibrary } from '../../electron/core/connection/tls-library';
import { OsKeychain } from '../../electron/core/keychain/os-keychain';
import { PRODUCT_NAME } from '../../electron/core/platform/data-folder';
import type { AppInfo } from '../../shared/contract/app';
import { expect, test } from './fixtures';

const require = createRequire(import.meta.url);
const ROOT = resolve(import.meta.dirname, '../..');
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

/**
 * About as a consultant on Windows sees it in the packaged app, not this harness ("0.0.0-e2e", no
 * Electron, a temp folder): the version of package.json, the Electron the app ships and that
 * Electron's Chromium (electron-to-chromium's table), BoringSSL as the app reports it inside
 * Electron, and the Windows data folder and keychain the app's own code names. Node.js stays this
 * runtime's: Electron 45 embeds a Node 24 whose exact patch no installed package records.
 */
function asOnWindows(info: AppInfo): AppInfo {
  const electron = String(json(join(ROOT, 'node_modules/electron/package.json')).version);
  const chromium = (require('electron-to-chromium/full-versions.json') as Record<string, string>)[electron];
  return {
    ...info,
    version: String(json(join(ROOT, 'package.json')).version),
    versions: {
      ...info.versions,
      electron,
      chrome: chromium ?? null,
      tls: describeTlsLibrary({ name: 'BoringSSL', version: null }, { electron }),
    },
    platform: 'win32',
    arch: 'x64',
    dataFolder: win32.join('C:\\Users\\consultant\\AppData\\Roaming', PRODUCT_NAME),
    keychain: { reachable: true, reason: null, backend: new OsKeychain('about', 'win32').backend },
  };
}

// A key pair in the vault, so the Key Pairs screen shows its details rather than the empty state.
test.use({
  harnessOptions: {
    appInfo: asOnWindows,
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
    nav: 'Key pairs',
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
    // About (the last screen) as a user on Windows sees it, not the harness.
    const about = page.getByTestId('about-versions');
    await expect(about).toContainText('BoringSSL (Electron 45.');
    await expect(about).toContainText('Windows Credential Manager');
    await expect(about).not.toContainText('0.0.0-e2e');
  });
}
