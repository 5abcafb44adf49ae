/* global document -- used inside page.waitForFunction, which runs in the page */
// Foundation figures: renderer bundle size (raw, gzip) beside plain React; first contentful paint
// and time to an interactive app in headless Chromium (median of 5) beside a plain React page; CLI
// start-up (`c4c-connect --version`) beside a bare `node -e 0`. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, fmt, importTs, median, table } from './lib.mjs';
import { connectionSeed } from './seed.mjs';

const CONNECTIONS = 50;
const seed = await connectionSeed();

const RUNS = 5;
const root = 'out/renderer';
const html = readFileSync(join(root, 'index.html'), 'utf8');
// What the page loads at start: the entry script, its modulepreloads, and the stylesheet.
const startFiles = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const size = (files) => {
  const raw = files.reduce((n, f) => n + readFileSync(join(root, f)).length, 0);
  const gz = files.reduce((n, f) => n + gzipSync(readFileSync(join(root, f))).length, 0);
  return { raw, gz };
};
const app = size(startFiles);
const lazy = readdirSync(join(root, 'assets')).filter(
  (f) => f.endsWith('.js') && !startFiles.includes(`assets/${f}`),
).length;

// Baseline: plain React 19 rendering one heading, minified the same way.
const baseDir = mkdtempSync(join(tmpdir(), 'c4c-bench-react-'));
writeFileSync(
  join(baseDir, 'main.jsx'),
  "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')).render(<h1>Connections</h1>);\n",
);
await build({
  entryPoints: [join(baseDir, 'main.jsx')],
  bundle: true,
  minify: true,
  outfile: join(baseDir, 'assets/main.js'),
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  nodePaths: [join(process.cwd(), 'node_modules')],
  logLevel: 'silent',
});
writeFileSync(
  join(baseDir, 'index.html'),
  '<!doctype html><html><body><div id="root"></div><script type="module" src="./assets/main.js"></script></body></html>',
);
const react = size.call(null, []);
const reactRaw = readFileSync(join(baseDir, 'assets/main.js'));
react.raw = reactRaw.length;
react.gz = gzipSync(reactRaw).length;

const harness = await importTs('test/e2e/harness/app-harness.ts');
const appServer = await harness.startRendererServer();
const reactServer = await harness.startRendererServer(baseDir);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});

async function paint(origin, withApp, connections = 0) {
  const fcp = [];
  const ready = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    let h;
    if (withApp) {
      h = await harness.createAppHarness(
        context,
        page,
        origin,
        connections ? { seed: seed(connections) } : {},
      );
    }
    const t0 = Date.now();
    await page.goto(`${origin}/index.html`);
    await page.locator(withApp ? '[data-app-ready="true"]' : 'h1').waitFor();
    // Interactive: the "Set up a connection" button (or the heading) can be clicked.
    if (withApp) {
      // With connections: every row's "Test now" is an upgraded UI5 button (as in home.mjs).
      await page.waitForFunction(
        (n) => {
          const sel = n ? '[data-testid="home-test-now"]' : '[data-testid="setup-connection"]';
          const buttons = [...document.querySelectorAll(sel)];
          return (
            buttons.length === Math.max(n, 1) && buttons.every((b) => b.shadowRoot?.querySelector('button'))
          );
        },
        connections,
        { polling: 'raf', timeout: 30_000 },
      );
    }
    ready.push(Date.now() - t0);
    fcp.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            // Buffered: the entry may have been recorded before this observer existed.
            new PerformanceObserver((list) => {
              const entry = list.getEntriesByName('first-contentful-paint')[0];
              if (entry) resolve(entry.startTime);
            }).observe({ type: 'paint', buffered: true });
            setTimeout(() => resolve(NaN), 5000);
          }),
      ),
    );
    await h?.dispose();
    await context.close();
  }
  return { fcp: median(fcp), ready: median(ready) };
}

const appPaint = await paint(appServer.origin, true);
const appFull = await paint(appServer.origin, true, CONNECTIONS);
const reactPaint = await paint(reactServer.origin, false);
await browser.close();
await appServer.close();
await reactServer.close();

const cli = (args) => {
  const times = [];
  for (let i = 0; i < 10; i++) {
    const t0 = process.hrtime.bigint();
    execFileSync(process.execPath, args, { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
};
const cliVersion = cli(['bin/c4c-connect.mjs', '--version']);
const bareNode = cli(['-e', '0']);

const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
console.log('Renderer (foundation)');
console.log(
  table([
    ['', 'C4C Connect', 'baseline: plain React'],
    ['start bundle raw', kib(app.raw), kib(react.raw)],
    ['start bundle gzip', kib(app.gz), kib(react.gz)],
    [`first contentful paint (median of ${RUNS})`, fmt(appPaint.fcp), fmt(reactPaint.fcp)],
    [`page load to interactive Home (median of ${RUNS})`, fmt(appPaint.ready), fmt(reactPaint.ready)],
    [`same, ${CONNECTIONS} connections (median of ${RUNS})`, fmt(appFull.ready), fmt(reactPaint.ready)],
  ]),
);
// Goals of issue 14: ratios to the plain React page measured above, and the start bundle's size.
const goal = (name, ratio, max) => [
  name,
  `${ratio.toFixed(2)}x`,
  `<= ${max}x`,
  ratio <= max ? 'met' : 'missed',
];
console.log(
  table([
    ['goal', 'now', 'target', ''],
    goal('first contentful paint / plain React', appPaint.fcp / reactPaint.fcp, 1.8),
    goal(`interactive Home, ${CONNECTIONS} connections / plain React`, appFull.ready / reactPaint.ready, 1.8),
    ['start bundle raw', kib(app.raw), '<= 900 KiB', app.raw <= 900 * 1024 ? 'met' : 'missed'],
  ]),
);
console.log(
  `(${startFiles.length} files loaded at start; ${lazy} lazy chunks, e.g. UI5 locale data, load on demand)`,
);
console.log('');
console.log('CLI start-up (median of 10)');
console.log(
  table([
    ['', 'c4c-connect --version', 'baseline: node -e 0'],
    ['wall time', fmt(cliVersion), fmt(bareNode)],
  ]),
);
