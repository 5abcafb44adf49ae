/** The CONNECT exchange against a real (hostile) proxy socket on loopback. */
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { tunnel } from '../../../../electron/core/connection/proxy-tunnel';

const servers: net.Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

function proxy(onConnection: (socket: net.Socket, request: Promise<string>) => void): Promise<number> {
  const server = net.createServer((socket) => {
    const request = new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (d: Buffer) => {
        text += d.toString('latin1');
        if (text.includes('\r\n\r\n')) resolve(text);
      });
    });
    socket.on('error', () => undefined);
    onConnection(socket, request);
  });
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
  );
}

async function connect(port: number): Promise<net.Socket> {
  const socket = net.connect({ host: '127.0.0.1', port });
  await new Promise((resolve) => socket.once('connect', resolve));
  return socket;
}

describe('CONNECT through a proxy', () => {
  it('gives up on a reply head that never ends, after 64 KiB, instead of buffering it all', async () => {
    let sent = 0;
    const port = await proxy((socket) => {
      const line = Buffer.from(`X-Filler: ${'a'.repeat(1000)}\r\n`);
      const pump = () => {
        while (!socket.destroyed && sent < 8 * 1024 * 1024 && socket.write(line)) sent += line.length;
        if (!socket.destroyed && sent < 8 * 1024 * 1024) socket.once('drain', pump);
      };
      socket.write('HTTP/1.1 200 OK\r\n');
      pump();
    });
    const socket = await connect(port);
    const error = await tunnel(
      socket,
      new URL(`http://127.0.0.1:${port}`),
      'tenant.example',
      443,
      new AbortController().signal,
    ).then(
      () => null,
      (e: unknown) => e as NodeJS.ErrnoException,
    );
    expect(error?.code).toBe('EPROXY');
    expect(socket.destroyed).toBe(true);
  });

  it('sends a proxy password with % as typed (percent-encoded in the URL, decoded once)', async () => {
    let request: Promise<string> = Promise.resolve('');
    const port = await proxy((socket, r) => {
      request = r;
      void r.then(() => socket.end('HTTP/1.1 200 Connection established\r\n\r\n'));
    });
    const url = new URL(`http://127.0.0.1:${port}`);
    url.username = encodeURIComponent('dom\\user%');
    url.password = encodeURIComponent('p%41ss%zz');
    const socket = await connect(port);
    const answer = await tunnel(socket, url, 'tenant.example', 443, new AbortController().signal);
    expect(answer.status).toBe(200);
    const auth = /Proxy-Authorization: Basic (\S+)/.exec(await request)?.[1] ?? '';
    expect(Buffer.from(auth, 'base64').toString()).toBe('dom\\user%:p%41ss%zz');
    socket.destroy();
  });
});
