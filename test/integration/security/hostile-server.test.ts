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

/** Streams TOTAL bytes; prints its port, then how much it had sent when the client hung up. */
const HUGE_SERVER = `
const https = require('node:https');
const total = Number(process.env.TOTAL);
const chunk = Buffer.alloc(64 * 1024, 0x61);
const server = https.createServer({ key: process.env.KEY, cert: process.env.CERT }, (_q, res) => {
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

describe('a hostile server', () => {
  it('a regex bomb in the service document and $metadata answers within 100 ms of a normal answer', async () => {
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
      expect(bomb.ms, `${bombs[i] ?? ''}: ${bomb.ms.toFixed(0)} ms vs ${base.ms.toFixed(0)} ms`).toBeLessThan(
        base.ms + 100,
      );
    }
  });

  it('a 150 MB answer stops at the cap; memory grows by less than 30 MB', async () => {
    const TOTAL = 150 * 1024 * 1024;
    // The server runs in a process of its own, so the growth measured here is the client's alone
    // (in one process the server's buffers counted too, and put it at 30.4 MB once in CI).
    const server = spawn(process.execPath, ['-e', HUGE_SERVER], {
      env: { ...process.env, KEY: pki.server.keyPem, CERT: pki.server.certPem, TOTAL: String(TOTAL) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines = createInterface({ input: server.stdout });
    const said: string[] = [];
    const port = await new Promise<string>((resolve) =>
      lines.on('line', (l) => (said.length === 0 ? resolve(l) : undefined, said.push(l))),
    );
    const big = { url: `https://localhost:${port}/` };
    try {
      // What the client holds of the answer: JS heap plus Buffers (external). RSS of this shared
      // test process also moves with what earlier test files left behind (over 30 MB twice in CI
      // runs of the whole suite, under it when run alone), so the cap is not judged by it here.
      const held = () => {
        const m = process.memoryUsage();
        return m.heapUsed + m.external;
      };
      const before = held();
      let peak = before;
      const sampler = setInterval(() => {
        peak = Math.max(peak, held());
      }, 5);
      const result = await runConnectionTest(target(big.url));
      clearInterval(sampler);
      peak = Math.max(peak, held());
      expect(result.diagnosis.code).toBe('NOT_ODATA');
      const http = result.stages.find((s) => s.name === 'http');
      expect(http?.detail).toMatchObject({ bytes: TEST_ANSWER_BYTES, readUpTo: TEST_ANSWER_BYTES });
      expect((peak - before) / 1048576).toBeLessThan(30);
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
