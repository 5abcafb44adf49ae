/**
 * The capped reader against real HTTP answers on loopback: an answer that has fully arrived is taken
 * in one read, the same bytes the stream would have given, and the connection stays usable.
 */
import http from 'node:http';
import type net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { readCapped } from '../../../../electron/core/connection/capped-body';

const servers: http.Server[] = [];
const agents: http.Agent[] = [];
afterEach(() => {
  for (const a of agents.splice(0)) a.destroy();
  for (const s of servers.splice(0)) s.close();
});

/**
 * A server whose answer is written in the given pieces, 5 ms apart, so the client's parser takes
 * each as a chunk of its own.
 */
async function serve(
  pieces: Buffer[],
  headers: http.OutgoingHttpHeaders = {},
  status = 200,
): Promise<number> {
  const server = http.createServer((_req, res) => {
    res.writeHead(status, headers);
    void (async () => {
      for (const p of pieces) {
        res.write(p);
        await new Promise((r) => setTimeout(r, 5));
      }
      res.end();
    })();
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

function get(port: number, agent: http.Agent): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, agent }, resolve).once('error', reject);
  });
}

/** Until the parser has seen the whole message (the state a small answer is usually in). */
async function untilComplete(res: http.IncomingMessage): Promise<void> {
  while (!res.complete) await new Promise((r) => setTimeout(r, 5));
}

const bytes = (n: number, seed: number) =>
  Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + seed) % 256));

describe('readCapped', () => {
  it('takes an answer that has fully arrived in one read: every byte, in order, the progress told once', async () => {
    const pieces = [bytes(700, 1), bytes(1, 2), bytes(4000, 3)];
    const port = await serve(pieces, { 'Content-Length': 4701 });
    const agent = new http.Agent({ keepAlive: true });
    agents.push(agent);
    const res = await get(port, agent);
    await untilComplete(res);
    const progress: number[] = [];
    let settled = false;
    const reading = readCapped(res, 1024 * 1024, { onChunk: (n) => progress.push(n) }).then((r) => {
      settled = true;
      return r;
    });
    // Without waiting for the stream's events: settled after the one reaction to the async function.
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).toBe(true);
    const out = await reading;
    expect(out.truncated).toBe(false);
    expect(out.bytes.equals(Buffer.concat(pieces))).toBe(true);
    expect(progress).toEqual([4701]);
    // The stream still ends by itself, and the keep-alive socket goes back to the agent for the next answer.
    await new Promise((r) => res.once('end', r));
    await new Promise((r) => setImmediate(r));
    expect(Object.values(agent.freeSockets).flat()).toHaveLength(1);
    const again = await get(port, agent);
    expect((await readCapped(again, 1024 * 1024)).bytes.equals(Buffer.concat(pieces))).toBe(true);
  });

  it('an arrived answer larger than the cap is cut at the cap (by the streaming path), chunked or not', async () => {
    for (const headers of [{ 'Content-Length': 5000 }, {}]) {
      const pieces = [bytes(2500, 4), bytes(2500, 5)];
      const port = await serve(pieces, headers);
      const agent = new http.Agent();
      agents.push(agent);
      const res = await get(port, agent);
      await untilComplete(res);
      const out = await readCapped(res, 3000);
      expect(out.truncated).toBe(true);
      expect(out.bytes.equals(Buffer.concat(pieces).subarray(0, 3000))).toBe(true);
    }
  });

  it('an answer still arriving is read to its end as it comes', async () => {
    let finish: () => void = () => undefined;
    const server = http.createServer((_req, res) => {
      res.writeHead(200);
      res.write(bytes(100, 6));
      finish = () => res.end(bytes(50, 7));
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const agent = new http.Agent();
    agents.push(agent);
    const res = await get((server.address() as net.AddressInfo).port, agent);
    expect(res.complete).toBe(false);
    const reading = readCapped(res, 1024);
    setTimeout(() => finish(), 20);
    const out = await reading;
    expect(out.bytes.equals(Buffer.concat([bytes(100, 6), bytes(50, 7)]))).toBe(true);
  });

  it('an empty answer is an empty body, and its socket goes back to the agent (one socket, three answers)', async () => {
    const port = await serve([], { 'Content-Length': 0 }, 403);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    agents.push(agent);
    for (let i = 0; i < 3; i++) {
      const res = await get(port, agent);
      await untilComplete(res);
      expect(await readCapped(res, 10)).toEqual({ bytes: Buffer.alloc(0), truncated: false });
    }
  });
});
