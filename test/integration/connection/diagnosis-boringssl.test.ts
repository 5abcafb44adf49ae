/**
 * The client-certificate diagnoses as they run inside the app, where Electron's BoringSSL never
 * fills the shared signature algorithms (so whether the tenant asked for a certificate is unknown):
 * the same real servers as diagnosis.test.ts, with the connection test told it runs on BoringSSL.
 * Every diagnosis must stay the same, and nothing unknown may be reported as "not sent".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestResult, type DiagnosisCode } from '../../../shared/domain/diagnosis';
import { runConnectionTest, type TenantTarget } from '../../../electron/core/connection/index';
import { tlsLibrary, useTlsLibraryForTests } from '../../../electron/core/connection/tls-library';
import { freePort, sharedTestPki, type TestPki } from '../../servers/index';
import { odataOk, startHttps, startOpensslServer, type Running } from './servers';

let pki: TestPki;
const running: Running[] = [];
let before = tlsLibrary();

beforeAll(async () => {
  pki = await sharedTestPki();
  before = useTlsLibraryForTests({ name: 'BoringSSL', version: null });
});
afterAll(async () => {
  useTlsLibraryForTests(before);
  for (const r of running) await r.close();
});

const keep = async <T extends Running>(p: Promise<T>) => {
  const r = await p;
  running.push(r);
  return r;
};

const clientCert = (which: 'client' | 'clientUntrusted' = 'client') => ({
  kind: 'client-certificate' as const,
  keyPem: pki[which].keyPem,
  chainPem: pki[which].certPem + pki[which].chainPem,
  notAfter: new Date(Date.now() + 86_400_000 * 300).toISOString(),
});

function target(url: string, more: Partial<TenantTarget> = {}): TenantTarget {
  return {
    url,
    credentials: { kind: 'none' },
    trust: { extraCaPem: [pki.server.caPem, pki.serverCa.certPem], useOsTrustStore: false },
    proxy: { kind: 'none' },
    fetchCsrfToken: false,
    timeoutMs: 5_000,
    ...more,
  };
}

async function expectCode(t: TenantTarget, code: DiagnosisCode): Promise<TestResult> {
  const result = TestResult.parse(await runConnectionTest(t));
  expect(result.diagnosis.code, JSON.stringify(result, null, 1)).toBe(code);
  return result;
}

const mtls = () =>
  keep(
    startHttps(
      {
        key: pki.server.keyPem,
        cert: pki.server.certPem,
        requestCert: true,
        rejectUnauthorized: true,
        ca: pki.clientCaPem,
      },
      (_q, r) => odataOk(r),
    ),
  );

describe('connection test without the shared-sigalgs signal (BoringSSL, as in the app)', () => {
  it('OK over mTLS says "sent if asked" (unknown), never "not sent"', async () => {
    const s = await mtls();
    const r = await expectCode(target(s.url, { credentials: clientCert() }), 'OK');
    expect(r.tls?.clientCertificateSent).toBe('unknown');
  });

  it('without a key pair the certificate is known not to be sent, and certificate_required is CLIENT_CERT_MISSING', async () => {
    const s = await mtls();
    const r = await expectCode(target(s.url), 'CLIENT_CERT_MISSING');
    expect(r.tls?.clientCertificateSent ?? 'no').toBe('no');
  });

  it('CLIENT_CERT_REJECTED when the server drops an untrusted client certificate, said to be a guess', async () => {
    const s = await mtls();
    const r = await expectCode(
      target(s.url, { credentials: clientCert('clientUntrusted') }),
      'CLIENT_CERT_REJECTED',
    );
    expect(r.diagnosis.advice.join(' ')).toMatch(/guess/);
  });

  it('CLIENT_CERT_REJECTED from a genuine TLS alert (openssl s_server, TLS 1.2, unknown CA)', async () => {
    const s = await keep(
      startOpensslServer({
        certPath: pki.server.certPath,
        keyPath: pki.server.keyPath,
        caPath: pki.clientRoot.certPath,
        port: await freePort(),
      }),
    );
    const r = await expectCode(
      target(s.url, { credentials: clientCert('clientUntrusted') }),
      'CLIENT_CERT_REJECTED',
    );
    expect(r.diagnosis.advice[0]).toContain('unknown_ca');
  });
});
