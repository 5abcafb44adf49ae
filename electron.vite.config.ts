import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          // The core's worker thread (electron/core/worker/runner.ts looks for it beside the bundle).
          'core-worker': resolve('electron/core/worker/worker-entry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    build: {
      outDir: 'out/renderer',
      rolldownOptions: { input: resolve('renderer/index.html') },
      chunkSizeWarningLimit: 4096,
    },
    plugins: [react()],
  },
});
