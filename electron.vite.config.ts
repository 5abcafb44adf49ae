import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { META_CSP } from './electron/main/csp';

/** One source for the policy: the app:// protocol's header and the page's meta tag. */
const cspMeta = (): Plugin => ({
  name: 'c4c-csp-meta',
  transformIndexHtml: (html) => html.replace('%C4C_CSP%', META_CSP),
});

/**
 * The page's entry (renderer/src/start.ts) asks main for the settings and Home's data, then imports
 * the app. So the app's chunks still load in parallel with that entry, the page names them up
 * front: a modulepreload for every chunk the app imports statically and a stylesheet link for their
 * CSS (Vite's own preload helper skips links already there).
 */
const preloadApp = (entry: string): Plugin => ({
  name: 'c4c-preload-app',
  transformIndexHtml: {
    order: 'post',
    handler: (html, ctx) => {
      const bundle = ctx.bundle;
      if (!bundle) return [];
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const app = chunks.find((c) => c.facadeModuleId === entry);
      if (!app) throw new Error(`no chunk for ${entry}`);
      const js = new Set<string>();
      const css = new Set<string>();
      const visit = (fileName: string) => {
        if (js.has(fileName)) return;
        js.add(fileName);
        const chunk = chunks.find((c) => c.fileName === fileName);
        for (const f of chunk?.viteMetadata?.importedCss ?? []) css.add(f);
        for (const f of chunk?.imports ?? []) visit(f);
      };
      visit(app.fileName);
      const named = (f: string) => html.includes(`"./${f}"`);
      return [
        ...[...js]
          .filter((f) => !named(f))
          .map((f) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` },
            injectTo: 'head' as const,
          })),
        ...[...css]
          .filter((f) => !named(f))
          .map((f) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `./${f}` },
            injectTo: 'head' as const,
          })),
      ];
    },
  },
});

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The core's worker thread is built by scripts/build-cli.mjs as one CommonJS file beside this
      // bundle (out/main/core-worker.cjs), where electron/core/worker/runner.ts looks for it.
      rolldownOptions: { input: { index: resolve('electron/main/index.ts') } },
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
      // electron-vite leaves the renderer unminified: minifying cuts the start bundle by ~40 % (npm run bench).
      minify: true,
    },
    plugins: [react(), cspMeta(), preloadApp(resolve('renderer/src/main.tsx'))],
  },
});
