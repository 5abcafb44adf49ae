// Two renderer builds side by side, for deciding whether a start-path change pays: each page load
// of build A is followed by one of build B (then B first, A second, and so on), in one browser, with
// the real handler table (the e2e harness), so drift on this shared machine falls on both alike.
// A median of 5 from `npm run bench` moved by 20 % between runs here; this one compares in turns.
//
//   git worktree add /tmp/before <commit> && (cd /tmp/before && ln -s "$PWD/node_modules" . ...)
//   A_DIR=/tmp/before/out/renderer [B_DIR=out/renderer] [CONNECTIONS=50] [RUNS=9] \
//     node scripts/bench/renderer-ab.mjs
//
// Ready: with connections, every row's "Test now" and the toolbar's "New connection" are usable
// (lib.mjs homeWithRows); without, "Set up a connection" is. A UI5 button counts once upgraded, so
// builds from before Home was drawn without UI5 compare fairly.
import { chromium } from 'playwright-core';
import {
  CHROMIUM_ARGS,
  firstContentfulPaint,
  fmt,
  homeWithRows,
  importTs,
  median,
  openUntil,
} from './lib.mjs';
import { connectionSeed } from './seed.mjs';

if (!process.env.A_DIR) {
  console.error('A_DIR names the built renderer (out/renderer) of the build to compare against.');
  process.exit(2);
}
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const RUNS = Number(process.env.RUNS ?? 9);
const seed = await connectionSeed();
const harness = await importTs('test/e2e/harness/app-harness.ts');
const builds = {
  A: { dir: process.env.A_DIR },
  B: { dir: process.env.B_DIR ?? 'out/renderer' },
};
for (const b of Object.values(builds)) b.server = await harness.startRendererServer(b.dir);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});

async function load(build) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const origin = build.server.origin;
  const h = await harness.createAppHarness(
    context,
    page,
    origin,
    CONNECTIONS ? { seed: seed(CONNECTIONS) } : {},
  );
  const ready = await openUntil(
    page,
    `${origin}/index.html`,
    CONNECTIONS ? homeWithRows(CONNECTIONS) : { selector: '[data-testid="setup-connection"]', count: 1 },
  );
  const fcp = await firstContentfulPaint(page);
  await h.dispose();
  await context.close();
  return { ready, fcp };
}

const times = { A: [], B: [] };
for (let i = 0; i < RUNS; i++) {
  for (const name of i % 2 ? ['B', 'A'] : ['A', 'B']) times[name].push(await load(builds[name]));
}
for (const [figure, label] of [
  ['ready', `interactive Home, ${CONNECTIONS} connections`],
  ['fcp', 'first contentful paint'],
]) {
  const a = median(times.A.map((r) => r[figure]));
  const b = median(times.B.map((r) => r[figure]));
  console.log(`${label}, median of ${RUNS}: A ${fmt(a)}  B ${fmt(b)}  (B/A ${(b / a).toFixed(2)})`);
}
await browser.close();
for (const b of Object.values(builds)) await b.server.close();
process.exit(0);
