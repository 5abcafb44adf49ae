/**
 * The worker the installed app ships (out/main/core-worker.cjs, made by `npm run build`) must run
 * on its own: in the app it is read from app.asar, where a worker thread can require() but has no
 * promise of importing ES modules or node_modules (scripts/build-cli.mjs says why). Here it is
 * copied alone into an empty folder, with no node_modules anywhere above it, and does real work.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKER_RESOURCE_LIMITS } from '../../../electron/core/worker/limits';
import type { TaskReply } from '../../../electron/core/worker/protocol';
import { ROOT } from '../../support/bundle';

const BUILT = join(ROOT, 'out/main/core-worker.cjs');
let worker: Worker;
let nextId = 1;

function ask(task: string, input: unknown): Promise<TaskReply> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onMessage = (reply: TaskReply) => {
      if (reply.id !== id) return;
      worker.off('message', onMessage);
      resolve(reply);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.postMessage({ id, task, input });
  });
}

beforeAll(() => {
  if (!existsSync(BUILT)) throw new Error('out/main/core-worker.cjs is missing: run npm run build first.');
  const alone = join(mkdtempSync(join(tmpdir(), 'c4c-shipped-worker-')), 'core-worker.cjs');
  // No node_modules between the copy and the root: any import of a library would fail.
  for (let dir = dirname(alone); dir !== dirname(dir); dir = dirname(dir))
    expect(existsSync(join(dir, 'node_modules'))).toBe(false);
  copyFileSync(BUILT, alone);
  worker = new Worker(alone, { resourceLimits: WORKER_RESOURCE_LIMITS });
});

afterAll(async () => {
  await worker.terminate();
});

describe('the shipped worker, alone in a folder', () => {
  it('opens a .p12 (node-forge and @peculiar/x509 inside the file)', async () => {
    const bytes = new Uint8Array(readFileSync(join(ROOT, 'test/fixtures/pkcs12/ec-p256-with-chain.p12')));
    const reply = await ask('pkcs12.open', { bytes, password: 'Test1234' });
    expect(reply.ok, JSON.stringify(reply)).toBe(true);
  });

  it('parses $metadata', async () => {
    const bytes = new Uint8Array(readFileSync(join(ROOT, 'test/fixtures/edmx/c4codataapi-small.xml')));
    const reply = await ask('edmx.parse', { bytes });
    expect(reply.ok && (reply.value as { entitySets: unknown[] }).entitySets.length).toBeGreaterThan(0);
  });

  it('answers a wrong password with the coded error, across the thread', async () => {
    const bytes = new Uint8Array(readFileSync(join(ROOT, 'test/fixtures/pkcs12/ec-p256-with-chain.p12')));
    const reply = await ask('pkcs12.open', { bytes, password: 'wrong' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
  });
});
