/**
 * The request is handed to the TLS socket while the handshake is still running (connector.ts): not
 * one byte of it may reach a server that fails verification. Each server here counts every byte of
 * application data it receives; a request carrying basic credentials is sent to it by the connection
 * test, the CSRF fetch and the axios client the metadata download uses. The trusted server is the
 * control: it does get them. What holds this: verification is always on (rejectUnauthorized said,
 * whatever NODE_TLS_REJECT_UNAUTHORIZED says), and the socket stays corked until 'secureConnect'
 * with `authorized` true (connector.ts). A change that turned verification off fails here.
 */
import type net from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTenantClient,
  runConnectionTest,
  type TenantTarget,
} from '../../../electron/core/connection/index';
import { sharedTestPki, type TestPki } from '../../servers/index';
import { startProxy, type Proxy } from './servers';

let pki: TestPki;
let proxy: Proxy;
const servers: tls.Server[] = [];
beforeAll(async () => {
  pki = await sharedTestPki();
  proxy = await startProxy();
});
afterAll(async () => {
  await proxy.close();
  for (const s of servers) s.close();
});

interface Counting {
  url: string;
  /** Bytes of application data received after the server's side of the handshake. */
  received: () => number;
  /** Handshakes the server completed. */
  handshakes: () => number;
}

/** A TLS server that counts what reaches it and answers every request head with a 404. */
async function counting(key: string, cert: string, maxVersion: tls.SecureVersion): Promise<Counting> {
  let received = 0;
  let handshakes = 0;
  const server = tls.createServer({ key, cert, maxVersion }, (socket) => {
    handshakes++;
    let head = '';
    socket.on('data', (d: Buffer) => {
      received += d.length;
      head += d.toString('latin1');
      while (head.includes('\r\n\r\n')) {
        head = head.slice(head.indexOf('\r\n\r\n') + 4);
        socket.write('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n');
      }
    });
    socket.on('error', () => undefined);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `https://127.0.0.1:${port}/sap/c4c/odata/v1/c4codataapi/`,
    received: () => received,
    handshakes: () => handshakes,
  };
}

const target = (url: string, viaProxy: boolean): TenantTarget => ({
  url,
  credentials: { kind: 'basic', user: 'TECH_USER', password: 'must-not-leak' },
  trust: { extraCaPem: [pki.server.caPem], useOsTrustStore: false },
  proxy: viaProxy ? { kind: 'url', url: proxy.url, noProxy: '' } : { kind: 'none' },
  fetchCsrfToken: true,
  timeoutMs: 3_000,
});

/** The three ways a request goes out: the test, a CSRF fetch, the axios client. */
async function sendAll(t: TenantTarget): Promise<string[]> {
  const connects = proxy.connects.length;
  const codes: string[] = [(await runConnectionTest(t)).diagnosis.code];
  const client = createTenantClient(t);
  try {
    codes.push(
      await client.fetchCsrfToken().then(
        () => 'answered',
        (e: unknown) => (e instanceof Error ? e.name : 'error'),
      ),
    );
    const http = await client.http();
    codes.push(
      await http.get('$metadata').then(
        (res) => `answered ${res.status}`,
        (e: unknown) => (e instanceof Error ? e.name : 'error'),
      ),
    );
  } finally {
    client.close();
  }
  // Whatever was going to arrive has arrived.
  await new Promise((r) => setTimeout(r, 100));
  if (t.proxy.kind === 'url') expect(proxy.connects.length - connects).toBe(3);
  return codes;
}

/** The CSRF fetch fails with the staged connection's own failure; axios with its error. */
const REFUSED = ['ConnectFailure', expect.not.stringMatching(/^answered/) as unknown];

/**
 * With TLS 1.2 the server's side of the handshake is done before the client verifies, so the server
 * was there to receive a request (with TLS 1.3 it depends on when the client sends its Finished).
 */
function expectHandshake(s: Counting, version: tls.SecureVersion) {
  if (version === 'TLSv1.2') expect(s.handshakes()).toBe(3);
}

describe('a request written during the handshake', () => {
  for (const viaProxy of [false, true]) {
    for (const version of ['TLSv1.3', 'TLSv1.2'] as const) {
      const how = `${version}${viaProxy ? ', through a CONNECT proxy' : ''}`;

      it(`never reaches a server whose certificate is not trusted (${how})`, async () => {
        const s = await counting(pki.selfSignedServer.keyPem, pki.selfSignedServer.certPem, version);
        const codes = await sendAll(target(s.url, viaProxy));
        // Through a proxy an untrusted certificate is first taken for TLS inspection.
        expect(codes).toEqual([viaProxy ? 'TLS_INTERCEPTED' : 'SERVER_CERT_UNTRUSTED', ...REFUSED]);
        expectHandshake(s, version);
        expect(s.received()).toBe(0);
      });

      it(`never reaches a server whose certificate names another host (${how})`, async () => {
        const s = await counting(pki.wrongHostServer.keyPem, pki.wrongHostServer.certPem, version);
        const codes = await sendAll({
          ...target(s.url, viaProxy),
          trust: { extraCaPem: [pki.server.caPem, pki.serverCa.certPem], useOsTrustStore: false },
        });
        expect(codes).toEqual(['SERVER_CERT_HOSTNAME_MISMATCH', ...REFUSED]);
        expectHandshake(s, version);
        expect(s.received()).toBe(0);
      });

      it(`never reaches an untrusted server when NODE_TLS_REJECT_UNAUTHORIZED=0 is set (${how})`, async () => {
        // Set on some machines behind TLS inspection; it turns Node's default check off, not ours.
        const before = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
        process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
        try {
          const s = await counting(pki.selfSignedServer.keyPem, pki.selfSignedServer.certPem, version);
          const codes = await sendAll(target(s.url, viaProxy));
          expect(codes).toEqual([viaProxy ? 'TLS_INTERCEPTED' : 'SERVER_CERT_UNTRUSTED', ...REFUSED]);
          expect(s.received()).toBe(0);
        } finally {
          if (before === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
          else process.env.NODE_TLS_REJECT_UNAUTHORIZED = before;
        }
      });

      it(`reaches a verified server (the control, ${how})`, async () => {
        const s = await counting(pki.server.keyPem, pki.server.certPem, version);
        const codes = await sendAll(target(s.url, viaProxy));
        expect(codes).toEqual(['NOT_FOUND', 'answered', 'answered 404']);
        expect(s.handshakes()).toBe(3);
        expect(s.received()).toBeGreaterThan(3 * 'GET / HTTP/1.1\r\n'.length);
      });
    }
  }
});
