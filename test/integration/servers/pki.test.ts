import { X509Certificate } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import { request } from 'node:https';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { sharedTestPki } from '../../servers';

/** Error code of a TLS request from Node to a server with `cert`, trusting `ca`. */
async function tlsErrorCode(cert: { certPem: string; keyPem: string }, ca: string, servername = 'localhost') {
  const server: Server = createServer({ cert: cert.certPem, key: cert.keyPem }, (_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise<string>((resolve) => {
      const req = request({ host: '127.0.0.1', port, servername, ca, path: '/' }, (res) => {
        res.resume();
        resolve('OK');
      });
      req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      req.end();
    });
  } finally {
    server.close();
  }
}

describe('the test PKI', () => {
  it('makes server certificates Node refuses for the right reason', async () => {
    const pki = await sharedTestPki();
    expect(await tlsErrorCode(pki.server, pki.server.caPem)).toBe('OK');
    expect(await tlsErrorCode(pki.expiredServer, pki.serverCa.certPem)).toBe('CERT_HAS_EXPIRED');
    expect(await tlsErrorCode(pki.wrongHostServer, pki.serverCa.certPem)).toBe(
      'ERR_TLS_CERT_ALTNAME_INVALID',
    );
    expect(await tlsErrorCode(pki.selfSignedServer, pki.serverCa.certPem)).toBe(
      'DEPTH_ZERO_SELF_SIGNED_CERT',
    );
    expect(await tlsErrorCode(pki.inspection.server, pki.server.caPem)).toBe(
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    );
    expect(new X509Certificate(pki.inspection.server.certPem).issuer).toContain(
      'Corporate SSL Inspection CA',
    );
  });

  it('makes client key pairs whose chain leads to the trusted root, and ones that do not', async () => {
    const pki = await sharedTestPki();
    const leaf = new X509Certificate(pki.client.certPem);
    const intermediate = new X509Certificate(pki.clientIntermediate.certPem);
    const root = new X509Certificate(pki.clientRoot.certPem);
    expect(leaf.verify(intermediate.publicKey)).toBe(true);
    expect(intermediate.verify(root.publicKey)).toBe(true);
    expect(pki.client.chainPem).toBe(pki.clientIntermediate.certPem + pki.clientRoot.certPem);
    expect(new Date(new X509Certificate(pki.clientExpired.certPem).validTo).getTime()).toBeLessThan(
      Date.now(),
    );
    expect(new X509Certificate(pki.clientUntrusted.certPem).verify(root.publicKey)).toBe(false);
  });
});
