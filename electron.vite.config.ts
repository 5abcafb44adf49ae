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

const FIRST_SCREEN_FONTS = ['72-Regular.woff2', '72-Bold.woff2'];
/** UI5's code (the theming package holds only parameters, which the start path may load). */
const UI5_CODE = /[\\/]@ui5[\\/]webcomponents(?!-theming[\\/])/;
const LIGHT_PARAMETERS =
  '@ui5/webcomponents-theming/dist/generated/themes/sap_horizon/parameters-bundle.css.js';

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
      // Horizon light's parameters, which start-theme.ts puts on the page at every light start: asked
      // for beside the app's chunks, not after the settings' answer.
      const light = chunks.find((c) => c.moduleIds.some((id) => id.endsWith(LIGHT_PARAMETERS)));
      if (!light) throw new Error(`no chunk for ${LIGHT_PARAMETERS}`);
      js.add(light.fileName);
      // Home is painted before UI5 loads (docs/DEVELOPING.md, "The first screen"): a static import of
      // UI5 code on its path would quietly put UI5 back before the first paint.
      const ui5 = [...js]
        .flatMap((f) => chunks.find((c) => c.fileName === f)?.moduleIds ?? [])
        // Icon modules read as text (?raw, PlainIcon) are data, not code.
        .filter((id) => UI5_CODE.test(id) && !id.endsWith('?raw'));
      if (ui5.length) throw new Error(`UI5 code on Home's start path: ${ui5.slice(0, 3).join(', ')}`);
      const named = (f: string) => html.includes(`"./${f}"`);
      // The faces the first screen's text uses ("72" regular and bold, fonts.css). The browser asks
      // for a web font only when a layout first needs it, after the app has rendered, and lays the
      // page out again when it arrives (~20 ms of the main thread after the first paint, traced);
      // preloaded, they arrive with the scripts and the first layout uses them.
      const fonts = Object.values(bundle).filter(
        (a) => a.type === 'asset' && a.names.some((n) => FIRST_SCREEN_FONTS.includes(n)),
      );
      if (fonts.length !== FIRST_SCREEN_FONTS.length) {
        throw new Error(`expected the fonts ${FIRST_SCREEN_FONTS.join(', ')} among the assets`);
      }
      return [
        ...fonts.map((f) => ({
          tag: 'link',
          // crossorigin: fonts are fetched in CORS mode; a preload without it would be fetched twice.
          attrs: {
            rel: 'preload',
            as: 'font',
            type: 'font/woff2',
            crossorigin: true,
            href: `./${f.fileName}`,
          },
          injectTo: 'head' as const,
        })),
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
