/**
 * Issue 9, defect 2: a hostile server on loopback cannot freeze or fill the process running the
 * connection test. A regex bomb answers about as fast as a normal answer; a 150 MB body stops at
 * the cap without the memory; a server trickling one byte a second ends at the deadline.
 */
import { spawn } from 'node:child_process';
import type http from 'node:http';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConnectionTest, type TenantTarget } from '../../../electron/core/connection/index';
import { TEST_ANSWER_BYTES } from '../../../electron/core/connection/capped-body';
import { bundleForTest } from '../../support/bundle';
import { sharedTestPki, type TestPki } from '../../servers/index';
import { startHttps, type Running } from '../connection/servers';

let pki: TestPki;
const running: Running[] = [];
beforeAll(async () => {
  pki = await sharedTestPki();
});
afterAll(async () => {
  for (const r of running) await r.close();
});

async function serve(handler: http.RequestListener): Promise<Running> {
  const r = await startHttps({ key: pki.server.keyPem, cert: pki.server.certPem }, handler);
  running.push(r);
  return r;
}

const target = (url: string, timeoutMs = 10_000): TenantTarget => ({
  url,
  credentials: { kind: 'none' },
  trust: { extraCaPem: [pki.server.caPem], useOsTrustStore: false },
  proxy: { kind: 'none' },
  fetchCsrfToken: false,
  timeoutMs,
});

/** Streams TOTAL bytes (a few at /small); prints its port, then how much it had sent when the client hung up. */
const HUGE_SERVER = `
const https = require('node:https');
const total = Number(process.env.TOTAL);
const chunk = Buffer.alloc(64 * 1024, 0x61);
const server = https.createServer({ key: process.env.KEY, cert: process.env.CERT }, (q, res) => {
  if (q.url === '/small') return void res.end('small');
  let sent = 0;
  res.writeHead(200, { 'content-type': 'application/octet-stream' });
  const pump = () => {
    while (sent < total) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  res.on('close', () => console.log(String(sent)));
  pump();
});
server.listen(0, '127.0.0.1', () => console.log(String(server.address().port)));
`;

const SIZE = 2 * 1024 * 1024;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length));

async function timed(url: string): Promise<{ ms: number; code: string }> {
  const t = performance.now();
  const result = await runConnectionTest(target(url));
  return { ms: performance.now() - t, code: result.diagnosis.code };
}

/** One connection test in a fresh process (child/huge-answer-client.ts): its result and RSS growth. */
async function runClient(port: string): Promise<{ code: string; detail: unknown; growthMb: number }> {
  const client = spawn(process.execPath, [bundleForTest('test/integration/security/child/huge-answer-client.ts')], {
    env: { ...process.env, URL: `https://localhost:${port}/`, CA: pki.server.caPem },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  client.stdout.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise((resolve) => client.once('exit', resolve));
  return JSON.parse(out) as { code: string; detail: unknown; growthMb: number };
}

describe('a hostile server', () => {
  it('a regex bomb in the service document and $metadata answers about as fast as a normal answer', async () => {
    // The same path as a bomb: the service root is not a service document, so the test also reads
    // $metadata; both answers are as large as the bombs.
    const metadata = `<?xml version="1.0"?><edmx:Edmx Version="1.0">${fill('<EntitySet Name="A"/>')}</edmx:Edmx>`;
    const normal = await serve((q, res) => {
      res.writeHead(200, { 'content-type': 'application/xml', dataserviceversion: '2.0' });
      res.end(q.url?.includes('$metadata') ? metadata : fill('<x a="b"/>'));
    });
    const bombs = ['<edmx:Edmx ', '<edmx:Edmx Version', '<service ', '<m:message '];
    const servers = await Promise.all(
      bombs.map((unit) =>
        serve((_q, res) => {
          res.writeHead(200, { 'content-type': 'application/xml' });
          res.end(fill(unit));
        }),
      ),
    );
    await timed(normal.url); // warm up TLS and the code paths
    const base = await timed(normal.url);
    expect(base.code).toBe('OK');
    for (const [i, s] of servers.entries()) {
      const bomb = await timed(s.url);
      // "<service " repeated reads as an (empty) service document, as before; only the time matters.
      expect(['NOT_ODATA', 'OK'], bombs[i]).toContain(bomb.code);
      // A super-linear pattern on these 1 MB answers costs minutes; a second of slack keeps the
      // check meaningful on a loaded CI machine (100 ms failed there under load 20).
      expect(bomb.ms, `${bombs[i] ?? ''}: ${bomb.ms.toFixed(0)} ms vs ${base.ms.toFixed(0)} ms`).toBeLessThan(
        base.ms + 1000,
      );
    }
  });

  it('a 150 MB answer stops at the cap; the client process grows by less than 30 MB', async () => {
    const TOTAL = 150 * 1024 * 1024;
    // Server and client each run in a process of their own, so the RSS growth measured is the
    // client's alone (in the shared test process RSS, and even heap + Buffers, moved with what
    // earlier test files left behind: 36 MB in one CI run, under 30 when run alone).
    const server = spawn(process.execPath, ['-e', HUGE_SERVER], {
      env: { ...process.env, KEY: pki.server.keyPem, CERT: pki.server.certPem, TOTAL: String(TOTAL) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines = createInterface({ input: server.stdout });
    const said: string[] = [];
    const port = await new Promise<string>((resolve) =>
      lines.on('line', (l) => (said.length === 0 ? resolve(l) : undefined, said.push(l))),
    );
    try {
      // Three clients, one after the other, each in a fresh process, since when V8 collects the
      // read chunks varies from run to run (6-11 MB here); every one must stay under 30 MB.
      const runs: { code: string; detail: unknown; growthMb: number }[] = [];
      for (let i = 0; i < 3; i++) runs.push(await runClient(port));
      for (const r of runs) {
        expect(r.code).toBe('NOT_ODATA');
        expect(r.detail).toMatchObject({ bytes: TEST_ANSWER_BYTES, readUpTo: TEST_ANSWER_BYTES });
      }
      const growth = runs.map((r) => r.growthMb).sort((a, b) => a - b);
      console.log(`150 MB answer: the client process grew by ${growth.map((g) => g.toFixed(1)).join(', ')} MB (RSS)`);
      expect(growth[2]).toBeLessThan(30);
      // The server says how much it had sent once the client hung up.
      for (let i = 0; i < 100 && said.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    } finally {
      server.kill();
      await new Promise((resolve) => server.once('exit', resolve));
    }
    const sent = Number(said[1] ?? Number.NaN);
    expect(sent).toBeLessThan(TOTAL);
  });

  it('a server sending one byte a second ends at the deadline', async () => {
    const timers: NodeJS.Timeout[] = [];
    const trickle = await serve((_q, res) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      const t = setInterval(() => res.write('<'), 1000);
      timers.push(t);
      res.on('close', () => clearInterval(t));
    });
    const t0 = performance.now();
    const result = await runConnectionTest(target(trickle.url, 2_000));
    const took = performance.now() - t0;
    for (const t of timers) clearInterval(t);
    expect(result.diagnosis.code).toBe('TIMEOUT');
    expect(took).toBeGreaterThanOrEqual(1_900);
    expect(took).toBeLessThan(3_500);
  });
});
