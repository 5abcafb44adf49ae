// Two renderer builds side by side, for deciding whether a start-path change pays: each page load
// of build A is followed by one of build B (then B first, A second, and so on), in one browser, with
// the real handler table (the e2e harness), so drift on this shared machine falls on both alike.
// A median of 5 from `npm run bench` moved by 20 % between runs here; this one compares in turns.
//
//   git worktree add /tmp/before <commit> && (cd /tmp/before && ln -s "$PWD/node_modules" . ...)
//   A_DIR=/tmp/before/out/renderer [B_DIR=out/renderer] [CONNECTIONS=50] [RUNS=9] \
//     node scripts/bench/renderer-ab.mjs
//
// Ready: with connections, every row's "Test now" is in the page and the toolbar's UI5 button is
// upgraded (lib.mjs homeWithRows; A_UPGRADED=1 for a build whose rows still had UI5 buttons);
// without, "Set up a connection" is an upgraded UI5 button.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, fmt, homeWithRows, importTs, median, openUntil } from './lib.mjs';
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
  A: { dir: process.env.A_DIR, upgraded: process.env.A_UPGRADED === '1' },
  B: { dir: process.env.B_DIR ?? 'out/renderer', upgraded: process.env.B_UPGRADED === '1' },
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
  const h = await harness.createAppHarness(context, page, origin, CONNECTIONS ? { seed: seed(CONNECTIONS) } : {});
  const ready = await openUntil(
    page,
    `${origin}/index.html`,
    CONNECTIONS
      ? { ...homeWithRows(CONNECTIONS), upgraded: build.upgraded }
      : { selector: '[data-testid="setup-connection"]', count: 1, upgraded: true },
  );
  await h.dispose();
  await context.close();
  return ready;
}

const times = { A: [], B: [] };
for (let i = 0; i < RUNS; i++) {
  for (const name of i % 2 ? ['B', 'A'] : ['A', 'B']) times[name].push(await load(builds[name]));
}
const a = median(times.A);
const b = median(times.B);
console.log(
  `interactive Home, ${CONNECTIONS} connections, median of ${RUNS}: A ${fmt(a)}  B ${fmt(b)}  (B/A ${(b / a).toFixed(2)})`,
);
await browser.close();
for (const b of Object.values(builds)) await b.server.close();
process.exit(0);
