/**
 * Little real servers for the connection test, all on 127.0.0.1 port 0: an HTTPS server with a
 * handler, a server that accepts and never answers, a CONNECT proxy (optionally with basic auth or
 * as a TLS inspector), and `openssl s_server` for a genuine TLS alert about a client certificate.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import tls from 'node:tls';
import type { TestPki } from '../../servers/index';

export interface Running {
  port: number;
  url: string;
  close(): Promise<void>;
}

function closer(server: net.Server, sockets: Set<net.Socket>) {
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
}

async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

export const SERVICE_PATH = '/sap/c4c/odata/v1/c4codataapi/';

export async function startHttps(
  options: https.ServerOptions,
  handler: http.RequestListener,
): Promise<Running> {
  const server = https.createServer(options, handler);
  const close = closer(server, new Set());
  const port = await listen(server);
  return { port, url: `https://127.0.0.1:${port}${SERVICE_PATH}`, close };
}

/** The fixture server certificate, asking for a client certificate from the test PKI's clients. */
export function startMtls(pki: TestPki, handler: http.RequestListener): Promise<Running> {
  return startHttps(
    {
      key: pki.server.keyPem,
      cert: pki.server.certPem,
      requestCert: true,
      rejectUnauthorized: true,
      ca: pki.clientCaPem,
    },
    handler,
  );
}

/** Accepts TCP and never says a word (no TLS handshake, no HTTP). */
export async function startSilent(): Promise<Running> {
  const server = net.createServer(() => undefined);
  const close = closer(server, new Set());
  const port = await listen(server);
  return { port, url: `https://127.0.0.1:${port}${SERVICE_PATH}`, close };
}

export interface Proxy extends Running {
  /** Every CONNECT target seen ("127.0.0.1:4433"). */
  connects: string[];
}

/**
 * A CONNECT proxy. `auth` ("user:pass") makes it answer 407 without the right Proxy-Authorization.
 * `authenticate` makes it answer every CONNECT with 407 and these Proxy-Authenticate headers (a
 * corporate proxy wanting "Negotiate" and "NTLM"). `tls` (a key and certificate) makes it an HTTPS
 * proxy: the client speaks TLS to the proxy itself. `inspect` (a key and certificate) makes it a TLS
 * inspector: it answers the tunnel itself with that certificate, as corporate inspection proxies do,
 * instead of passing bytes to the target.
 */
export async function startProxy(
  options: {
    auth?: string;
    authenticate?: string[];
    tls?: { key: string; cert: string };
    inspect?: { key: string; cert: string };
  } = {},
): Promise<Proxy> {
  const connects: string[] = [];
  const refuse = (_req: http.IncomingMessage, res: http.ServerResponse) => res.writeHead(405).end();
  const server = options.tls ? https.createServer(options.tls, refuse) : http.createServer(refuse);
  const inspector = options.inspect
    ? tls.createServer({ ...options.inspect }, (s) => {
        s.on('data', () => s.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n'));
      })
    : null;
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    connects.push(req.url ?? '');
    client.on('error', () => undefined);
    if (options.authenticate) {
      const wants = options.authenticate.map((a) => `Proxy-Authenticate: ${a}\r\n`).join('');
      client.end(`HTTP/1.1 407 Proxy Authentication Required\r\n${wants}Content-Length: 0\r\n\r\n`);
      return;
    }
    if (options.auth) {
      const expected = `Basic ${Buffer.from(options.auth).toString('base64')}`;
      if (req.headers['proxy-authorization'] !== expected) {
        client.end(
          'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="p"\r\n\r\n',
        );
        return;
      }
    }
    if (inspector) {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      inspector.emit('connection', client);
      return;
    }
    const [host = '', port = '443'] = (req.url ?? '').split(/:(?=\d+$)/);
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
  });
  const sockets = new Set<net.Socket>();
  server.on('connect', (_r, s: net.Socket) => {
    sockets.add(s);
  });
  const close = closer(server, sockets);
  const port = await listen(server);
  return { port, url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`, connects, close };
}

/**
 * openssl s_server requiring a client certificate from `caPath` (-Verify): OpenSSL checks it during
 * the handshake and answers a bad one with a TLS alert, as many TLS front ends do.
 */
export async function startOpensslServer(o: {
  certPath: string;
  keyPath: string;
  caPath: string;
  port: number;
}): Promise<Running> {
  // prettier-ignore
  const child = spawn('openssl', [
    's_server', '-accept', `127.0.0.1:${o.port}`, '-cert', o.certPath, '-key', o.keyPath,
    '-CAfile', o.caPath, '-Verify', '2', '-verify_return_error', '-tls1_2', '-www', '-quiet',
  ], { stdio: ['pipe', 'ignore', 'pipe'] });
  const deadline = Date.now() + 10_000;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect(o.port, '127.0.0.1', () => {
        s.destroy();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (ok) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('openssl s_server did not start');
    await new Promise((r) => setTimeout(r, 25));
  }
  return {
    port: o.port,
    url: `https://127.0.0.1:${o.port}${SERVICE_PATH}`,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

/** A C4C-like OData V2 service document in Atom XML (what C4C answers without $format=json). */
export const ATOM_SERVICE_DOCUMENT = `<?xml version="1.0" encoding="utf-8"?>
<app:service xml:base="https://my000000.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi/" xmlns:app="http://www.w3.org/2007/app" xmlns:atom="http://www.w3.org/2005/Atom">
 <app:workspace><atom:title type="text">Data</atom:title>
  <app:collection href="AccountCollection"><atom:title type="text">AccountCollection</atom:title></app:collection>
  <app:collection href="ContactCollection"><atom:title type="text">ContactCollection</atom:title></app:collection>
  <app:collection href="OpportunityCollection"><atom:title type="text">OpportunityCollection</atom:title></app:collection>
 </app:workspace>
</app:service>`;

export function odataOk(res: http.ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/atomsvc+xml', dataserviceversion: '2.0' });
  res.end(ATOM_SERVICE_DOCUMENT);
}
