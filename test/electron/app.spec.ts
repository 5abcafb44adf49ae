/**
 * The packed app in real Electron (Playwright's Electron support), for the release checklist: the
 * window opens on app://, the preload API is there and frozen, a .p12 is imported through the core
 * worker inside the asar, a connection test passes against the practice tenant, a copy button fills
 * the OS clipboard, and nothing is logged as a console error.
 * Electron's own docs on testing with Playwright: https://www.electronjs.org/docs/latest/tutorial/automated-testing
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { PracticeTenantInfo } from '../../shared/contract/connections';
import {
  fillArrangement,
  fillSystem,
  fillTenant,
  importKeyPair,
  next,
  runTestExpectOk,
  startWizard,
} from '../e2e/wizard-flow';

test.describe.configure({ mode: 'serial' });

let app: ElectronApplication;
let page: Page;
const consoleErrors: string[] = [];

test.beforeAll(async () => {
  const executablePath = process.env.C4C_PACKED_APP;
  if (!executablePath)
    throw new Error('C4C_PACKED_APP is not set: run this suite with `npm run test:electron`.');
  app = await electron.launch({
    executablePath,
    // A fresh data folder; the OS keychain is the machine's own (a throwaway vault key is written).
    env: { ...process.env, C4C_CONNECT_DATA_DIR: mkdtempSync(join(tmpdir(), 'c4c-electron-')) },
  });
  page = await app.firstWindow();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
});

test.afterAll(async () => {
  await app.close();
});

test('the window opens on app:// with the preload API, frozen and without a generic invoke', async () => {
  await expect(page).toHaveURL(/^app:\/\/c4c-connect\//);
  const shape = await page.evaluate(() => ({
    frozen: Object.isFrozen(window.c4c),
    invoke: 'invoke' in window.c4c,
    namespaces: Object.keys(window.c4c).sort(),
  }));
  expect(shape.frozen).toBe(true);
  expect(shape.invoke).toBe(false);
  expect(shape.namespaces).toEqual(expect.arrayContaining(['clipboard', 'keypair', 'settings']));
  const info = await page.evaluate(() => window.c4c.app.info({}));
  expect(info).toMatchObject({
    ok: true,
    value: { versions: { tls: expect.stringContaining('BoringSSL') } },
  });
});

test('a .p12 goes through the worker in the asar, the test passes against the practice tenant, a copy button fills the clipboard', async () => {
  await startWizard(page);
  await page.getByTestId('wz-use-practice').click();
  await expect(page.getByTestId('wz-tenant-check')).toContainText('127.0.0.1');
  const status = await page.evaluate(() => window.c4c.practice.status({}));
  if (!status.ok || !status.value.tenant) throw new Error('the practice tenant did not start');
  const practice: PracticeTenantInfo = status.value.tenant;
  await fillTenant(page, { name: 'Practice in Electron' });
  await next(page, 'system');

  await page.getByTestId('wz-system-suggest').click();
  const systemId = await page.getByTestId('copy-system-id-value').textContent();
  await page.getByTestId('copy-system-id').getByRole('button').click();
  // Electron 45's clipboard.readText resolves with the text (https://electronjs.org/docs/api/clipboard).
  await expect.poll(() => app.evaluate(({ clipboard }) => clipboard.readText())).toBe(systemId);

  await fillSystem(page);
  await next(page, 'arrangement');
  await fillArrangement(page, { technicalUser: '_CPI_PRACTICE' });
  await next(page, 'credentials');
  await importKeyPair(page, {
    file: practice.p12Path,
    password: practice.p12Password,
    name: 'Practice key pair',
  });
  await next(page, 'test');
  await runTestExpectOk(page);
});

test('no console error on the way', () => {
  expect(consoleErrors).toEqual([]);
});
