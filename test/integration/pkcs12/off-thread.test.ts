/**
 * openPkcs12OffThread through a real worker thread running the worker bundled from the sources:
 * same results as in-thread, coded errors cross the thread boundary, and the
 * event loop keeps ticking during a 600,000-iteration import.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPkcs12, openPkcs12OffThread } from '../../../electron/core/pkcs12/index';
import { runTask, stopWorker } from '../../../electron/core/worker/runner';
import { CodedError } from '../../../shared/result';
import { makeIteratedP12 } from '../../servers/index';
import { useBuiltWorker } from '../../support/bundle';

const root = resolve(import.meta.dirname, '../../..');
const fixtures = join(root, 'test/fixtures/pkcs12');
const NOW = new Date('2027-03-01T00:00:00Z');
let work = '';
let slowP12 = '';

beforeAll(async () => {
  useBuiltWorker();
  work = mkdtempSync(join(tmpdir(), 'c4c-p12-worker-'));
  slowP12 = (await makeIteratedP12(work, 600_000)).p12Path;
}, 120_000);

afterAll(() => {
  stopWorker();
  rmSync(work, { recursive: true, force: true });
});

describe('openPkcs12OffThread (core worker thread)', () => {
  it('gives the same result as openPkcs12 and leaves the caller its bytes', async () => {
    const bytes = new Uint8Array(readFileSync(join(fixtures, 'with-chain.p12')));
    const offThread = await openPkcs12OffThread(bytes, 'Test1234', NOW);
    expect(bytes.byteLength).toBeGreaterThan(0); // copied, not detached by the transfer
    expect(offThread).toEqual(await openPkcs12(bytes, 'Test1234', NOW));
  });

  it("leaves a Buffer of the caller (maybe in Node's shared pool) whole", async () => {
    const small = Buffer.from(readFileSync(join(fixtures, 'with-chain.p12')).toString('latin1'), 'latin1');
    const pooled = Buffer.from('neighbour in the pool');
    const before = Buffer.from(small);
    await openPkcs12OffThread(small, 'Test1234', NOW);
    await openPkcs12OffThread(small.subarray(0), 'Test1234', NOW);
    expect(small.equals(before)).toBe(true);
    expect(pooled.toString()).toBe('neighbour in the pool');
  });

  it('turns a CodedError in the worker into a CodedError here, code and message intact', async () => {
    const error = await openPkcs12OffThread(readFileSync(join(fixtures, 'with-chain.p12')), 'wrong').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CodedError);
    expect(error).toMatchObject({
      code: 'WRONG_PASSWORD',
      message: expect.stringMatching(/^The password does not open/) as string,
    });
    const invalid = await openPkcs12OffThread(readFileSync(join(fixtures, 'random-bytes.p12')), 'x').catch(
      (e: unknown) => e,
    );
    expect(invalid).toMatchObject({ code: 'INVALID_FILE' });
  });

  it('reports an unknown task as a plain error and keeps working', async () => {
    const run = runTask as (task: string, input: unknown) => Promise<unknown>;
    await expect(run('no.such-task', {})).rejects.toThrow('Unknown worker task "no.such-task".');
    await expect(
      openPkcs12OffThread(readFileSync(join(fixtures, 'openssl3-default.p12')), 'Test1234'),
    ).resolves.toBeDefined();
  });

  it('a task on a fresh worker is not failed by the exit of the one before it', async () => {
    const bytes = () => readFileSync(join(fixtures, 'openssl3-default.p12'));
    await openPkcs12OffThread(bytes(), 'Test1234', NOW);
    // Ends the worker; its 'exit' event arrives while the next task already runs on a new one.
    stopWorker();
    const opened = await openPkcs12OffThread(bytes(), 'Test1234', NOW);
    expect(opened.chainPem).toHaveLength(1);
  });

  it('runs several imports at once, each answered with its own result', async () => {
    const files = [
      'openssl3-default.p12',
      'ec-p256-with-chain.p12',
      'java-keytool.p12',
      'legacy-rc2-3des.p12',
    ];
    const results = await Promise.all(
      files.map((f) => openPkcs12OffThread(readFileSync(join(fixtures, f)), 'Test1234')),
    );
    expect(results.map((r) => r.inspection.certificate.commonName)).toEqual([
      'my123456 Communication System CLIENT',
      'ec-client',
      'keytool-client',
      'my123456 Communication System CLIENT',
    ]);
  });

  it('keeps the event loop responsive during a 600,000-iteration import', async () => {
    const bytes = readFileSync(slowP12);
    /** The longest pause between ticks of a 5 ms timer while `work` runs. */
    async function longestPause(work: () => Promise<unknown>): Promise<number> {
      let last = performance.now();
      let longest = 0;
      const timer = setInterval(() => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
      }, 5);
      await work();
      clearInterval(timer);
      return Math.max(longest, performance.now() - last);
    }
    // In this thread the MAC's 600,000 KDF rounds block the loop for about 0.3 s...
    const inThread = await longestPause(() => openPkcs12(bytes, 'Test1234'));
    // ...in the worker the timer keeps ticking. Compared within the run, not against a fixed number
    // of milliseconds: on a loaded 2-core CI machine both pauses stretch, the ratio does not.
    const offThread = await longestPause(() => openPkcs12OffThread(bytes, 'Test1234'));
    process.stdout.write(
      `longest pause: in-thread ${inThread.toFixed(0)} ms, off-thread ${offThread.toFixed(0)} ms\n`,
    );
    expect(offThread).toBeLessThan(inThread / 2);
  });
});
