/* global document, MutationObserver, requestAnimationFrame -- used inside page.evaluate / waitForFunction, which run in the page */
// Guided setup figures: page load to an interactive Home with 50 connections beside Home with none
// (the baseline, same run), and each wizard step transition (Next: save + step, measured in the
// page from the click to the new step on screen) beside Back (no save), in headless Chromium with
// the real handler table (the e2e harness). Median of 5. Goals: Home <= 500 ms, a step <= 100 ms.
// Run after `npm run build`. Needs no keychain: key pair summaries are seeded into the store.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, fmt, homeWithRows, importTs, median, openUntil, table } from './lib.mjs';
import { connectionSeed } from './seed.mjs';

const RUNS = 5;
const CONNECTIONS = 50;
const harness = await importTs('test/e2e/harness/app-harness.ts');
const seed = await connectionSeed();

const server = await harness.startRendererServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});

/**
 * Navigation start to Home interactive: with no connections, "Set up a connection" is usable; with
 * connections, every row's "Test now" and the toolbar's "New connection" are (lib.mjs openUntil,
 * homeWithRows).
 */
async function homeReady(count) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const h = await harness.createAppHarness(context, page, server.origin, { seed: seed(count) });
    // Checked in the page every frame, not by Playwright's own waiting (lib.mjs: openUntil says why).
    const at = await openUntil(
      page,
      `${server.origin}/index.html`,
      count === 0 ? { selector: '[data-testid="setup-connection"]', count: 1 } : homeWithRows(count),
    );
    times.push(at);
    await h.dispose();
    await context.close();
  }
  return median(times);
}

/** Each Next (and Back) of the wizard on a complete connection, from the click to the new step shown. */
async function steps() {
  const forward = {};
  const back = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    let id;
    const h = await harness.createAppHarness(context, page, server.origin, {
      seed: (s) => {
        [id] = seed(1)(s);
        s.setupProgress.set(id, 'tenant');
      },
    });
    await page.goto(`${server.origin}/index.html`);
    await page.getByTestId('home-continue-setup').click();
    await page.locator('[data-testid="wizard"][data-step="tenant"]').waitFor();
    const click = (testId) =>
      page.evaluate(
        (tid) =>
          new Promise((resolve) => {
            const wizard = document.querySelector('[data-testid="wizard"]');
            const from = wizard.dataset.step;
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              if (
                wizard.dataset.step !== from &&
                document.querySelector('[data-testid="wz-step-title"]') === document.activeElement
              ) {
                observer.disconnect();
                // The frame after the change: the new step is painted.
                requestAnimationFrame(() => resolve({ to: wizard.dataset.step, ms: performance.now() - t0 }));
              }
            });
            observer.observe(wizard, { attributes: true, subtree: true, childList: true });
            document.querySelector(`[data-testid="${tid}"]`).click();
          }),
        testId,
      );
    for (let s = 0; s < 6; s++) {
      const r = await click('wz-next');
      (forward[r.to] ??= []).push(r.ms);
    }
    for (let s = 0; s < 3; s++) back.push((await click('wz-back')).ms);
    await h.dispose();
    await context.close();
  }
  return { forward, back };
}

const homeEmpty = await homeReady(0);
const homeFull = await homeReady(CONNECTIONS);
const transitions = await steps();
await browser.close();
await server.close();

console.log('Home and guided setup');
console.log(
  table([
    ['', 'figure', 'baseline', 'goal'],
    [
      `page load to interactive Home, ${CONNECTIONS} connections (median of ${RUNS})`,
      fmt(homeFull),
      `${fmt(homeEmpty)} (no connections)`,
      '<= 500 ms',
    ],
    ...Object.entries(transitions.forward).map(([to, ms]) => [
      `Next -> ${to} (save + step, median of ${RUNS})`,
      fmt(median(ms)),
      `${fmt(median(transitions.back))} (Back, no save)`,
      '<= 100 ms',
    ]),
  ]),
);
