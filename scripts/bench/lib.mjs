/* global document, window, requestAnimationFrame -- used inside the page */
// Small helpers shared by the bench scripts.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const fmt = (n, unit = 'ms') => `${n >= 100 ? n.toFixed(0) : n.toFixed(1)} ${unit}`;

/** Bundle a TypeScript module of the repo (dependencies external) and import it. */
export async function importTs(entry) {
  // Inside the repo, so the bundle's bare imports resolve to node_modules.
  mkdirSync(join(process.cwd(), 'node_modules/.cache'), { recursive: true });
  const outdir = mkdtempSync(join(process.cwd(), 'node_modules/.cache/c4c-bench-'));
  await build({
    entryPoints: [entry],
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    logLevel: 'silent',
    // The harness finds the repo through import.meta.dirname; keep it pointing at the source file.
    define: { 'import.meta.dirname': JSON.stringify(join(process.cwd(), entry, '..')) },
  });
  const name = entry.split('/').pop().replace(/\.ts$/, '.mjs');
  return import(pathToFileURL(join(outdir, name)).href);
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Opens `url` and resolves with the page's performance.now() (ms from navigation start) at the
 * first frame where `count` elements match `selector`, each usable (a native element on being there;
 * a UI5 element, a custom element, once its shadow root holds its native <button>), and so for every
 * condition in `also`. The check runs in the page from an init script, every frame, and reports over
 * a binding: Playwright's own waiting (locator.waitFor, waitForFunction) compiles its selector engine
 * in the page while the app is still starting (~100 ms of the page's main thread on this machine
 * under load, in the middle of the app's start but after the plain React page's), so it measured
 * Playwright as much as the page.
 */
export async function openUntil(page, url, { selector, count, also = [] }, timeoutMs = 30_000) {
  let done;
  const ready = new Promise((resolve) => (done = resolve));
  await page.exposeBinding('__benchReady', (_source, at) => done(at));
  // A page that never gets there (a changed test id, rows showing another action) ends the bench
  // with a sentence instead of waiting for ever.
  const conditions = [{ selector, count }, ...also].map((c) => `${c.count} x ${c.selector}`).join(', ');
  let timer;
  const tooLate = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${url} did not show ${conditions} within ${timeoutMs} ms.`)),
      timeoutMs,
    );
  });
  await page.addInitScript(
    (conditions) => {
      const usable = (el) => !el.tagName.includes('-') || Boolean(el.shadowRoot?.querySelector('button'));
      const met = ({ selector, count }) => {
        const found = [...document.querySelectorAll(selector)];
        return found.length === count && found.every(usable);
      };
      const check = () => {
        if (conditions.every(met)) void window.__benchReady(performance.now());
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    },
    [{ selector, count }, ...also],
  );
  await page.goto(url);
  try {
    return await Promise.race([ready, tooLate]);
  } finally {
    clearTimeout(timer);
  }
}

/** The page's first contentful paint (ms from navigation start), or NaN when none within 5 s. */
export function firstContentfulPaint(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        // Buffered: the entry may have been recorded before this observer existed.
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
        setTimeout(() => resolve(Number.NaN), 5000);
      }),
  );
}

/**
 * Home with connections is interactive when every row's "Test now" (a native button) is in the
 * page and so is the toolbar's "New connection" (a native button since Home is drawn without UI5;
 * an upgraded UI5 button before).
 */
export const homeWithRows = (count) => ({
  selector: '[data-testid="home-test-now"]',
  count,
  also: [{ selector: '[data-testid="home-new-connection"]', count: 1 }],
});

export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ')).join('\n');
}
