// Key pair import speed: each corpus file (and a 600,000-iteration file made now with openssl)
// opened by our reader (built worker bundle, in-thread and through the worker thread) beside Node's
// native tls.createSecureContext({ pfx }) on the same file. Median of N runs. Run after npm run build.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSecureContext } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { median } from './lib.mjs';
import { Worker } from 'node:worker_threads';

const root = fileURLToPath(new URL('../..', import.meta.url));
const workerFile = join(root, 'out/cli/core-worker.mjs');
if (!existsSync(workerFile)) execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root });
const { TASKS, WORKER_RESOURCE_LIMITS } = await import(workerFile);
// The test servers' certificate helpers, bundled beside the worker by scripts/build-cli.mjs.
const { makeIteratedP12 } = await import(join(root, 'out/test-servers/index.mjs'));
const open = TASKS['pkcs12.open'];

async function time(fn, n) {
  await fn().catch(() => undefined); // warm-up
  const runs = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await fn().catch(() => undefined);
    runs.push(performance.now() - started);
  }
  return median(runs);
}

// The worker thread, as the app uses it: one long-lived worker, one message per import.
const worker = new Worker(workerFile, { resourceLimits: WORKER_RESOURCE_LIMITS });
let nextId = 1;
const waiting = new Map();
worker.on('message', (reply) => {
  waiting.get(reply.id)?.(reply);
  waiting.delete(reply.id);
});
const offThread = (bytes, password) =>
  new Promise((resolve) => {
    const id = nextId++;
    waiting.set(id, resolve);
    const copy = new Uint8Array(bytes);
    worker.postMessage({ id, task: 'pkcs12.open', input: { bytes: copy, password } }, [copy.buffer]);
  });

const dir = join(root, 'test/fixtures/pkcs12');
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const cases = manifest.files
  .filter((row) => row.expect === 'ok' || row.expect === 'WRONG_PASSWORD')
  .map((row) => ({
    name: row.expect === 'ok' ? row.file : `${row.file} (wrong password)`,
    bytes: readFileSync(join(dir, row.file)),
    password: row.password,
    n: 25,
  }));
const work = mkdtempSync(join(tmpdir(), 'c4c-bench-p12-'));
try {
  const slow = await makeIteratedP12(work, 600000);
  cases.push({
    name: 'openssl -iter 600000 (made now)',
    bytes: readFileSync(slow.p12Path),
    password: slow.password,
    n: 5,
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}

const rows = [];
for (const c of cases) {
  let iterations;
  try {
    iterations = String(
      (await open({ bytes: c.bytes, password: c.password })).inspection.fileProtection.iterations ?? '',
    );
  } catch (error) {
    iterations = error.code ?? 'error';
  }
  const here = await time(() => open({ bytes: c.bytes, password: c.password }), c.n);
  const worker = await time(() => offThread(c.bytes, c.password), c.n);
  let native = null;
  let refused = '';
  try {
    createSecureContext({ pfx: c.bytes, passphrase: c.password });
    native = await time(async () => createSecureContext({ pfx: c.bytes, passphrase: c.password }), c.n);
  } catch (error) {
    refused = `native refuses: ${error.code ?? ''} ${error.message}`.trim();
  }
  rows.push({ file: c.name, iterations, here, worker, native, refused });
}
await worker.terminate();

const f = (ms) => (ms === null ? '-' : ms.toFixed(1));
console.log(
  'PKCS#12 import, median ms (in-thread = our reader; worker = same via the worker thread; native = tls.createSecureContext({pfx}))',
);
console.log(
  [
    'file'.padEnd(42),
    'iter/code'.padStart(14),
    'in-thread'.padStart(10),
    'worker'.padStart(8),
    'native'.padStart(8),
    'ratio'.padStart(7),
    '  note',
  ].join(''),
);
for (const r of rows) {
  const ratio = r.native ? `${(r.here / r.native).toFixed(1)}x` : '-';
  console.log(
    [
      r.file.padEnd(42),
      r.iterations.padStart(14),
      f(r.here).padStart(10),
      f(r.worker).padStart(8),
      f(r.native).padStart(8),
      ratio.padStart(7),
      `  ${r.refused}`,
    ].join(''),
  );
}
const typical = rows.find((r) => r.file === 'openssl3-default.p12');
const slow = rows.at(-1);
console.log(
  `goal: typical file (2,048 iterations) <= 30 ms: ${f(typical.here)} ms -> ${typical.here <= 30 ? 'met' : 'NOT met'}`,
);
console.log(
  `goal: 600,000 iterations <= 3x native: ${f(slow.here)} ms vs ${f(slow.native)} ms = ${(slow.here / slow.native).toFixed(1)}x -> ${slow.here <= 3 * slow.native ? 'met' : 'NOT met'}`,
);
