/**
 * The first connection of a process: the tenant's TLS context (key and chain parsed, CAs added) is
 * built while the kernel does the TCP handshake, not before the connection attempt starts. Its own
 * file, so no other test has built (and cached) the same context first.
 */
import net from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runConnectionTest } from '../../../electron/core/connection/index';
import { sharedTestPki, type TestPki } from '../../servers/index';
import { odataOk, startHttps, type Running } from './servers';

let pki: TestPki;
let server: Running;
beforeAll(async () => {
  pki = await sharedTestPki();
  server = await startHttps({ key: pki.server.keyPem, cert: pki.server.certPem }, (_req, res) =>
    odataOk(res),
  );
});
afterAll(async () => {
  vi.restoreAllMocks();
  await server.close();
});

describe('opening the connection', () => {
  it('starts the TCP connection attempt before it builds the TLS context, and the test passes', async () => {
    const order: string[] = [];
    const connect = net.connect.bind(net);
    vi.spyOn(net, 'connect').mockImplementation((...args: Parameters<typeof net.connect>) => {
      const socket = connect(...args);
      socket.once('connectionAttempt', () => order.push('attempt'));
      return socket;
    });
    const createSecureContext = tls.createSecureContext.bind(tls);
    vi.spyOn(tls, 'createSecureContext').mockImplementation((options) => {
      order.push('context');
      return createSecureContext(options);
    });
    const result = await runConnectionTest({
      url: server.url,
      credentials: { kind: 'none' },
      trust: { extraCaPem: [pki.server.caPem], useOsTrustStore: false },
      proxy: { kind: 'none' },
      fetchCsrfToken: false,
      timeoutMs: 5_000,
    });
    expect(result.diagnosis.code).toBe('OK');
    expect(order).toEqual(['attempt', 'context']);
  });
});
