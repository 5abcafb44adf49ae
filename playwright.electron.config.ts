import { defineConfig } from '@playwright/test';

/**
 * `npm run test:electron`: the real-Electron suite, on the packed app (scripts/test-electron.mjs
 * packs it with Electron's binary and passes its path in C4C_PACKED_APP). Not part of `npm test`:
 * Electron's binary cannot be downloaded on the build machines.
 */
export default defineConfig({
  testDir: 'test/electron',
  testMatch: '**/*.spec.ts',
  timeout: 180_000,
  expect: { timeout: 20_000 },
  workers: 1,
  reporter: [['list']],
});
