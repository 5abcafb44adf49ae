import { defineConfig } from 'vitest/config';

/**
 * unit: pure logic, no outside world. integration: real things (Secret Service, TLS servers, nginx,
 * SAP CAP), which .ci/run provides. e2e runs under Playwright, not here.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/temp-dir.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/temp-dir.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Real servers and one real keychain: keep files from fighting over them.
          fileParallelism: false,
        },
      },
    ],
  },
});
