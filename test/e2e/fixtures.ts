/**
 * Playwright fixtures: `app` is the harness (fresh data folder, real keychain, real handlers), and
 * `page` already shows the app. Console errors fail the test unless a test opts out.
 */
import { test as base, expect } from '@playwright/test';
import {
  createAppHarness,
  startRendererServer,
  type AppHarness,
  type HarnessOptions,
  type RendererServer,
} from './harness/app-harness';

interface Fixtures {
  app: AppHarness;
  harnessOptions: HarnessOptions;
  consoleErrors: string[];
  /** Set to false in a test that provokes console errors on purpose. */
  failOnConsoleErrors: boolean;
}

export const test = base.extend<Fixtures, { server: RendererServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const server = await startRendererServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  harnessOptions: [{}, { option: true }],
  failOnConsoleErrors: [true, { option: true }],
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    await use(errors);
  },
  // auto: every test's page shows the app, whether or not the test asks for `app`.
  app: [
    async ({ context, page, server, harnessOptions, consoleErrors, failOnConsoleErrors }, use) => {
      const app = await createAppHarness(context, page, server.origin, harnessOptions);
      await app.open();
      await use(app);
      await app.dispose();
      if (failOnConsoleErrors) expect(consoleErrors, 'console errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
