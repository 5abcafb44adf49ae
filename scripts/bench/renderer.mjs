// Foundation figures: renderer bundle size (raw, gzip) beside plain React; first contentful paint
// and time to an interactive app in headless Chromium (median of 7, the pages taking turns) beside
// a plain React page; CLI start-up (`c4c-connect --version`) beside a bare `node -e 0`. Run after
// `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import {
  CHROMIUM_ARGS,
  firstContentfulPaint,
  fmt,
  homeWithRows,
  importTs,
  median,
  openUntil,
  table,
} from './lib.mjs';
import { connectionSeed } from './seed.mjs';

const CONNECTIONS = 50;
const seed = await connectionSeed();

// Seven: on this shared 2-core machine a median of five moved by 20 % between runs.
const RUNS = 7;
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

/** One page load: first contentful paint and the moment the page is interactive, both from navigation start. */
async function load(origin, withApp, connections) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const h = withApp
    ? await harness.createAppHarness(context, page, origin, connections ? { seed: seed(connections) } : {})
    : undefined;
  // Interactive: the plain page's heading is there; the app's "Set up a connection" button (no
  // connections) is usable, or every row's "Test now" and the toolbar's "New connection" are
  // (lib.mjs openUntil and homeWithRows, as in home.mjs).
  const ready = await openUntil(
    page,
    `${origin}/index.html`,
    !withApp
      ? { selector: 'h1', count: 1 }
      : connections
        ? homeWithRows(connections)
        : { selector: '[data-testid="setup-connection"]', count: 1 },
  );
  const fcp = await firstContentfulPaint(page);
  await h?.dispose();
  await context.close();
  return { fcp, ready };
}

// The three pages take turns, run by run: load from other processes on this shared machine then
// falls on all three alike, not on whichever ran while it lasted.
const runs = { app: [], appFull: [], react: [] };
for (let i = 0; i < RUNS; i++) {
  runs.react.push(await load(reactServer.origin, false));
  runs.app.push(await load(appServer.origin, true));
  runs.appFull.push(await load(appServer.origin, true, CONNECTIONS));
}
const summary = (list) => ({ fcp: median(list.map((r) => r.fcp)), ready: median(list.map((r) => r.ready)) });
const appPaint = summary(runs.app);
const appFull = summary(runs.appFull);
const reactPaint = summary(runs.react);
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
