/**
 * openPkcs12OffThread through the real worker bundle (out/cli/core-worker.mjs, built here by
 * scripts/build-cli.mjs): same results as in-thread, coded errors cross the thread boundary, and the
 * event loop keeps ticking during a 600,000-iteration import.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPkcs12, openPkcs12OffThread } from '../../../electron/core/pkcs12/index';
import { runTask, stopWorker, useWorkerFile } from '../../../electron/core/worker/runner';
import { CodedError } from '../../../shared/result';

const root = resolve(import.meta.dirname, '../../..');
const fixtures = join(root, 'test/fixtures/pkcs12');
const NOW = new Date('2027-03-01T00:00:00Z');
let work = '';

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, stdio: 'pipe' });
  useWorkerFile(join(root, 'out/cli/core-worker.mjs'));
  work = mkdtempSync(join(tmpdir(), 'c4c-p12-worker-'));
  const run = (...args: string[]) => execFileSync('openssl', args, { cwd: work, stdio: 'pipe' });
  run(
    'req',
    '-x509',
    '-new',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'k.pem',
    '-out',
    'c.pem',
    '-days',
    '30',
    '-subj',
    '/CN=slow',
  );
  run(
    'pkcs12',
    '-export',
    '-inkey',
    'k.pem',
    '-in',
    'c.pem',
    '-passout',
    'pass:Test1234',
    '-iter',
    '600000',
    '-out',
    'slow.p12',
  );
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
    const bytes = readFileSync(join(work, 'slow.p12'));
    let ticks = 0;
    let last = performance.now();
    let longestGap = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks++;
    }, 5);
    const started = performance.now();
    const opened = await openPkcs12OffThread(bytes, 'Test1234');
    const elapsed = performance.now() - started;
    clearInterval(timer);
    expect(opened.inspection.fileProtection.iterations).toBe(600000);
    // The in-thread MAC check alone blocks for hundreds of milliseconds; off-thread the timer ticks on.
    expect(elapsed).toBeGreaterThan(100);
    expect(ticks).toBeGreaterThan(elapsed / 5 / 4);
    expect(longestGap).toBeLessThan(100);
  });
});
