/**
 * The connection test against real servers on loopback, one per diagnosis. The last test checks that
 * every DiagnosisCode was produced by one of them.
 */
import { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagnosisCode, TestResult, type DiagnosisCode as Code } from '../../../shared/domain/diagnosis';
import { runConnectionTest, type TenantTarget } from '../../../electron/core/connection/index';
import {
  freePort,
  sharedTestPki,
  startNginxWithCap,
  type NginxWithCap,
  type TestPki,
} from '../../servers/index';
import {
  odataOk,
  startHttps,
  startOpensslServer,
  startProxy,
  startSilent,
  SERVICE_PATH,
  type Running,
} from './servers';
import { SAP_MESSAGE_1185 } from '../../support/sap-message-1185';

const seen = new Set<Code>();
let pki: TestPki;
const cleanup: (() => Promise<void>)[] = [];

beforeAll(async () => {
  pki = await sharedTestPki();
});
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
});

async function track<T extends Running>(p: Promise<T>): Promise<T> {
  const r = await p;
  cleanup.push(() => r.close());
  return r;
}

const clientCert = (which: 'client' | 'clientUntrusted' | 'clientExpired' = 'client') => ({
  kind: 'client-certificate' as const,
  keyPem: pki[which].keyPem,
  chainPem: pki[which].certPem + pki[which].chainPem,
  notAfter:
    which === 'clientExpired'
      ? new Date(Date.now() - 86_400_000).toISOString()
      : new Date(Date.now() + 86_400_000 * 300).toISOString(),
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

async function expectCode(t: TenantTarget, code: Code): Promise<TestResult> {
  const result = await runConnectionTest(t);
  // The shape of `c4c-connect test --json`, checked by its schema.
  TestResult.parse(result);
  expect(result.diagnosis.code, JSON.stringify(result, null, 1)).toBe(code);
  expect(result.ok).toBe(code === 'OK');
  expect(result.diagnosis.advice.length).toBeGreaterThan(0);
  seen.add(code);
  return result;
}

const server = { key: () => pki.server.keyPem, cert: () => pki.server.certPem };
const plain = (handler: Parameters<typeof startHttps>[1]) =>
  track(startHttps({ key: server.key(), cert: server.cert() }, handler));
const mtls = (handler: Parameters<typeof startHttps>[1], rejectUnauthorized = true) =>
  track(
    startHttps(
      { key: server.key(), cert: server.cert(), requestCert: true, rejectUnauthorized, ca: pki.clientCaPem },
      handler,
    ),
  );

describe('connection test: success', () => {
  it('OK over mTLS: all five stages, TLS details, the client certificate sent, entity sets counted', async () => {
    const s = await mtls((_req, res) => odataOk(res));
    const r = await expectCode(target(s.url, { credentials: clientCert() }), 'OK');
    expect(r.stages.map((x) => x.name)).toEqual(['dns', 'tcp', 'tls', 'http', 'odata']);
    expect(r.stages.every((x) => x.ok && x.ms >= 0)).toBe(true);
    expect(r.tls?.clientCertificateSent).toBe('yes');
    expect(r.tls?.protocol).toBe('TLSv1.3');
    expect(r.tls?.serverCertificate?.issuer).toContain('Fixture Server Root CA');
    expect(r.http).toEqual({ status: 200 });
    expect(r.stages.find((x) => x.name === 'odata')?.detail).toMatchObject({ entitySets: 3, version: '2.0' });
  });

  it('a server that does not ask for a client certificate gets none (clientCertificateSent no)', async () => {
    const s = await plain((_req, res) => odataOk(res));
    const r = await expectCode(target(s.url, { credentials: clientCert() }), 'OK');
    expect(r.tls?.clientCertificateSent).toBe('no');
  });

  it('basic auth: the password goes as Authorization and a JSON service document counts', async () => {
    const s = await plain((req, res) => {
      if (req.headers.authorization !== `Basic ${Buffer.from('_TECH:pw').toString('base64')}`) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="SAP"' }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ d: { EntitySets: ['A', 'B'] } }));
    });
    const r = await expectCode(
      target(s.url, { credentials: { kind: 'basic', user: '_TECH', password: 'pw' } }),
      'OK',
    );
    expect(r.stages.at(-1)?.detail).toMatchObject({ entitySets: 2 });
  });
});

describe('connection test: network', () => {
  it('DNS_NOT_FOUND for a .invalid host (never resolves)', async () => {
    const r = await expectCode(target(`https://my000000.tenant.invalid${SERVICE_PATH}`), 'DNS_NOT_FOUND');
    expect(r.stages).toMatchObject([{ name: 'dns', ok: false }]);
    // Which host was looked up, and the URL that was called.
    expect(r.diagnosis.advice.join(' ')).toContain('my000000.tenant.invalid');
    expect(r.url).toBe(`https://my000000.tenant.invalid${SERVICE_PATH}`);
  });

  it('CONNECTION_REFUSED on a closed port', async () => {
    const port = await freePort();
    const r = await expectCode(target(`https://127.0.0.1:${port}${SERVICE_PATH}`), 'CONNECTION_REFUSED');
    expect(r.stages.map((s) => [s.name, s.ok])).toEqual([
      ['dns', true],
      ['tcp', false],
    ]);
  });

  it('TIMEOUT when the server never starts the handshake, at the timeout, without blocking the event loop', async () => {
    const s = await track(startSilent());
    let ticks = 0;
    const interval = setInterval(() => ticks++, 20);
    const started = performance.now();
    const r = await expectCode(target(s.url, { timeoutMs: 1_000 }), 'TIMEOUT');
    const elapsed = performance.now() - started;
    clearInterval(interval);
    expect(elapsed).toBeGreaterThanOrEqual(950);
    // Ends at the 1 s it was given, not the 20 s default (the ±5 % figure is the bench's to measure);
    // the loop kept ticking meanwhile. Bounds are loose on purpose: CI machines are loaded.
    expect(elapsed).toBeLessThan(5_000);
    expect(ticks).toBeGreaterThan(5);
    expect(r.stages.at(-1)).toMatchObject({ name: 'tls', ok: false });
  });

  it('TIMEOUT in the http stage when headers never come', async () => {
    const s = await plain(() => undefined);
    const r = await expectCode(target(s.url, { timeoutMs: 800 }), 'TIMEOUT');
    expect(r.stages.at(-1)).toMatchObject({ name: 'http', ok: false });
  });

  it('Cancel: an aborted test rejects with CANCELLED at once', async () => {
    const s = await track(startSilent());
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    const started = performance.now();
    await expect(
      runConnectionTest(target(s.url, { timeoutMs: 10_000 }), { signal: ac.signal }),
    ).rejects.toMatchObject({
      code: 'CANCELLED',
    });
    // At once compared with the 10 s timeout it was given.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('SERVER_ERROR when the server resets the connection mid-response', async () => {
    const s = await plain((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/atomsvc+xml', 'content-length': '5000' });
      res.write('<app:service>');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const r = await expectCode(target(s.url), 'SERVER_ERROR');
    expect(r.diagnosis.advice[0]).toContain('broke off');
  });
});

describe('connection test: server certificate', () => {
  it('SERVER_CERT_HOSTNAME_MISMATCH for a certificate of another host', async () => {
    const s = await track(
      startHttps({ key: pki.wrongHostServer.keyPem, cert: pki.wrongHostServer.certPem }, (_q, r) =>
        odataOk(r),
      ),
    );
    const r = await expectCode(target(s.url), 'SERVER_CERT_HOSTNAME_MISMATCH');
    expect(r.tls?.serverCertificate?.subject).toContain('wrong-host-server');
  });

  it('SERVER_CERT_EXPIRED for an expired server certificate', async () => {
    const s = await track(
      startHttps({ key: pki.expiredServer.keyPem, cert: pki.expiredServer.certPem }, (_q, r) => odataOk(r)),
    );
    await expectCode(target(s.url), 'SERVER_CERT_EXPIRED');
  });

  it('SERVER_CERT_UNTRUSTED for a self-signed certificate, and OK once the user trusts it', async () => {
    const s = await track(
      startHttps({ key: pki.selfSignedServer.keyPem, cert: pki.selfSignedServer.certPem }, (_q, r) =>
        odataOk(r),
      ),
    );
    const r = await expectCode(target(s.url), 'SERVER_CERT_UNTRUSTED');
    expect(r.tls?.serverCertificate?.subject).toContain('self-signed-server');
    await expectCode(
      target(s.url, { trust: { extraCaPem: [pki.selfSignedServer.certPem], useOsTrustStore: false } }),
      'OK',
    );
  });

  it('SERVER_CERT_UNTRUSTED for a certificate from a CA the user did not choose (bundled roots only)', async () => {
    const s = await plain((_q, r) => odataOk(r));
    await expectCode(
      target(s.url, { trust: { extraCaPem: [], useOsTrustStore: true } }),
      'SERVER_CERT_UNTRUSTED',
    );
  });

  it('TLS_INTERCEPTED when the issuer names an inspection product (a guess from the name, no proxy)', async () => {
    const s = await track(
      startHttps({ key: pki.inspection.server.keyPem, cert: pki.inspection.server.certPem }, (_q, r) =>
        odataOk(r),
      ),
    );
    const r = await expectCode(target(s.url), 'TLS_INTERCEPTED');
    expect(r.diagnosis.advice[0]).toContain('inspection');
  });

  it('TLS_INTERCEPTED when a proxy answers the tunnel with an untrusted certificate', async () => {
    const s = await mtls((_q, r) => odataOk(r));
    const proxy = await track(
      startProxy({ inspect: { key: pki.selfSignedServer.keyPem, cert: pki.selfSignedServer.certPem } }),
    );
    const r = await expectCode(
      target(s.url, { credentials: clientCert(), proxy: { kind: 'url', url: proxy.url, noProxy: '' } }),
      'TLS_INTERCEPTED',
    );
    expect(r.diagnosis.advice[0]).toContain('guess');
  });
});

describe('connection test: client certificate', () => {
  it('CLIENT_CERT_EXPIRED is found locally: nothing is sent', async () => {
    const s = await mtls((_q, r) => odataOk(r));
    const r = await expectCode(
      target(s.url, { credentials: clientCert('clientExpired') }),
      'CLIENT_CERT_EXPIRED',
    );
    expect(r.stages).toEqual([]);
    // A date people read, not an ISO stamp.
    expect(r.diagnosis.advice[0]).toMatch(/^It ended on \d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d UTC\.$/);
  });

  it('CLIENT_CERT_MISSING when the server requires one and none was given (TLS 1.3 certificate_required)', async () => {
    const s = await mtls((_q, r) => odataOk(r));
    await expectCode(target(s.url), 'CLIENT_CERT_MISSING');
  });

  it('CLIENT_CERT_REJECTED when the server does not trust the client certificate (connection dropped)', async () => {
    const s = await mtls((_q, r) => odataOk(r));
    const r = await expectCode(
      target(s.url, { credentials: clientCert('clientUntrusted') }),
      'CLIENT_CERT_REJECTED',
    );
    expect(r.tls?.clientCertificateSent).toBe('yes');
  });

  it('CLIENT_CERT_REJECTED from a genuine TLS alert (openssl s_server, TLS 1.2, unknown CA)', async () => {
    const s = await track(
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
    expect(r.diagnosis.advice[0]).toContain('alert');
    expect(r.stages.at(-1)).toMatchObject({ name: 'tls', ok: false });
  });

  it('the TLS front end\'s HTTP 400 texts: "No required SSL certificate was sent" and "The SSL certificate error"', async () => {
    const s = await mtls((req, res) => {
      // Like nginx with ssl_verify_client on: the handshake completes, the answer says what was wrong.
      const sent = req.socket instanceof TLSSocket && Object.keys(req.socket.getPeerCertificate()).length > 0;
      res.writeHead(400, { 'content-type': 'text/html' });
      if (!sent) res.end('<html><center>No required SSL certificate was sent</center></html>');
      else res.end('<html><center>The SSL certificate error</center></html>');
    }, false);
    await expectCode(target(s.url), 'CLIENT_CERT_MISSING');
    await expectCode(target(s.url, { credentials: clientCert('clientUntrusted') }), 'CLIENT_CERT_REJECTED');
  });
});

describe('connection test: HTTP answers', () => {
  const answer = (
    status: number,
    body: string,
    headers: Record<string, string> = { 'content-type': 'text/plain' },
  ) => plain((_q, res) => res.writeHead(status, headers).end(body));

  it('UNAUTHORIZED on 401', async () => {
    const s = await answer(401, 'Unauthorized', { 'www-authenticate': 'Basic realm="SAP NetWeaver"' });
    const r = await expectCode(
      target(s.url, { credentials: { kind: 'basic', user: 'x', password: 'y' } }),
      'UNAUTHORIZED',
    );
    expect(r.stages.find((x) => x.name === 'http')?.detail).toMatchObject({
      status: 401,
      headers: { 'www-authenticate': 'Basic realm="SAP NetWeaver"' },
    });
  });

  it('FORBIDDEN on a plain 403', async () => {
    await expectCode(target((await answer(403, 'Forbidden')).url), 'FORBIDDEN');
  });

  it('INCONSISTENT_AUTHORIZATION on the 403 quirk text, with the CSRF fetch sent', async () => {
    let fetchHeader: string | undefined;
    const s = await plain((req, res) => {
      fetchHeader = req.headers['x-csrf-token'] as string | undefined;
      res
        .writeHead(403, { 'content-type': 'text/plain' })
        .end('Inconsistent Authorization: Re-activate Communication Arrangement.');
    });
    const r = await expectCode(target(s.url, { fetchCsrfToken: true }), 'INCONSISTENT_AUTHORIZATION');
    expect(fetchHeader).toBe('fetch');
    expect(r.diagnosis.advice[0]).toContain('CSRF');
  });

  it('INCONSISTENT_AUTHORIZATION on a CSRF fetch answered 500 with CM_DS_APPL_ERROR:048 in the sap-message header', async () => {
    // The answer of https://github.com/SAP/cloud-sdk-js/issues/1185: HTTP 500, words in the header.
    const sapMessage = SAP_MESSAGE_1185;
    const s = await plain((req, res) => {
      if (req.headers['x-csrf-token'] !== 'fetch') {
        odataOk(res);
        return;
      }
      res.writeHead(500, { 'content-type': 'application/json', 'sap-message': sapMessage }).end('{}');
    });
    const r = await expectCode(target(s.url, { fetchCsrfToken: true }), 'INCONSISTENT_AUTHORIZATION');
    expect(r.diagnosis.c4c?.code).toBe('CM_DS_APPL_ERROR:048');
    expect(r.diagnosis.advice[0]).toContain('is not assigned to you');
    expect(r.diagnosis.advice.join(' ')).toContain('Fetch CSRF token');
    // Without the fetch the same service works.
    await expectCode(target(s.url), 'OK');
  });

  it('NOT_FOUND on 404, pointing at the missing trailing slash', async () => {
    const s = await answer(404, 'Not found');
    const r = await expectCode(target(s.url.replace(/\/$/, '')), 'NOT_FOUND');
    expect(r.diagnosis.advice[0]).toContain('trailing slash');
  });

  it('NOT_ODATA for an HTML login page and for an SSO redirect (never followed)', async () => {
    const page = await answer(200, '<!DOCTYPE html><html><title>Logon</title></html>', {
      'content-type': 'text/html',
    });
    await expectCode(target(page.url), 'NOT_ODATA');
    const redirect = await answer(302, '', { location: 'https://accounts.sap.com/saml2/idp/sso' });
    const r = await expectCode(target(redirect.url), 'NOT_ODATA');
    expect(r.diagnosis.advice[0]).toContain('accounts.sap.com');
  });

  it('keeps no SAML or token value of a relative redirect in the stage detail or the diagnosis', async () => {
    const redirect = await answer(302, '', {
      location: '/saml2/sp/acs?SAMLResponse=abc&RelayState=x#access_token=t',
    });
    const r = await expectCode(target(redirect.url), 'NOT_ODATA');
    const detail = r.stages.find((x) => x.name === 'http')?.detail as { headers: Record<string, string> };
    expect(detail.headers.location).toBe(
      `${new URL(redirect.url).origin}/saml2/sp/acs?SAMLResponse=%28hidden%29&RelayState=%28hidden%29`,
    );
    expect(JSON.stringify(r)).not.toMatch(/=abc|=x\b|access_token/);
  });

  it('NOT_ODATA for an OData V4 service', async () => {
    const s = await answer(200, JSON.stringify({ '@odata.context': '$metadata', value: [] }), {
      'content-type': 'application/json',
      'odata-version': '4.0',
    });
    await expectCode(target(s.url), 'NOT_ODATA');
  });

  it('SERVER_ERROR on 500', async () => {
    await expectCode(target((await answer(500, 'boom')).url), 'SERVER_ERROR');
  });
});

describe('connection test: proxy', () => {
  it('the client certificate goes end to end through a CONNECT tunnel (manual proxy with basic auth)', async () => {
    const s = await mtls((_q, r) => odataOk(r));
    const proxy = await track(startProxy({ auth: 'puser:p@ss' }));
    const url = `http://puser:${encodeURIComponent('p@ss')}@127.0.0.1:${proxy.port}`;
    const r = await expectCode(
      target(s.url, { credentials: clientCert(), proxy: { kind: 'url', url, noProxy: '' } }),
      'OK',
    );
    expect(proxy.connects).toEqual([`127.0.0.1:${s.port}`]);
    expect(r.tls?.clientCertificateSent).toBe('yes');
    expect(r.stages.find((x) => x.name === 'tcp')?.detail).toMatchObject({
      proxyStatus: 200,
      via: `http://127.0.0.1:${proxy.port}`,
    });
  });

  it('the system proxy as a PAC answer is used', async () => {
    const s = await plain((_q, r) => odataOk(r));
    const proxy = await track(startProxy());
    await expectCode(
      target(s.url, { proxy: { kind: 'pac', answer: `PROXY 127.0.0.1:${proxy.port}; DIRECT` } }),
      'OK',
    );
    expect(proxy.connects).toHaveLength(1);
  });

  it('NO_PROXY is respected: a listed host goes direct even when the proxy is dead', async () => {
    const s = await plain((_q, r) => odataOk(r));
    const dead = await freePort();
    await expectCode(
      target(s.url, {
        proxy: { kind: 'url', url: `http://127.0.0.1:${dead}`, noProxy: 'localhost, 127.0.0.1' },
      }),
      'OK',
    );
  });

  it('PROXY_FAILED when the proxy wants credentials (407) or cannot be reached', async () => {
    const s = await plain((_q, r) => odataOk(r));
    const proxy = await track(startProxy({ auth: 'a:b' }));
    const r = await expectCode(
      target(s.url, { proxy: { kind: 'url', url: proxy.url, noProxy: '' } }),
      'PROXY_FAILED',
    );
    expect(r.diagnosis.advice[0]).toContain('407');
    const dead = await freePort();
    await expectCode(
      target(s.url, { proxy: { kind: 'url', url: `http://127.0.0.1:${dead}`, noProxy: '' } }),
      'PROXY_FAILED',
    );
  });
});

describe('connection test: nginx (ssl_verify_client on) in front of SAP CAP', () => {
  let nginx: NginxWithCap;
  beforeAll(async () => {
    nginx = await startNginxWithCap({ pki });
  });
  afterAll(async () => {
    await nginx.stop();
  });

  it('OK with the trusted key pair: OData V2 from CAP', async () => {
    const r = await expectCode(target(nginx.mtlsUrl, { credentials: clientCert() }), 'OK');
    expect(r.tls?.clientCertificateSent).toBe('yes');
    expect(r.stages.at(-1)?.detail).toMatchObject({ version: '2.0' });
  });

  it('CLIENT_CERT_MISSING from nginx\'s 400 "No required SSL certificate was sent"', async () => {
    await expectCode(target(nginx.mtlsUrl), 'CLIENT_CERT_MISSING');
  });

  it('CLIENT_CERT_REJECTED from nginx\'s 400 "The SSL certificate error"', async () => {
    await expectCode(
      target(nginx.mtlsUrl, { credentials: clientCert('clientUntrusted') }),
      'CLIENT_CERT_REJECTED',
    );
  });

  it('basic auth port: OK with the user, UNAUTHORIZED with a wrong password', async () => {
    await expectCode(
      target(nginx.basicUrl, { credentials: { kind: 'basic', user: nginx.user, password: nginx.password } }),
      'OK',
    );
    await expectCode(
      target(nginx.basicUrl, { credentials: { kind: 'basic', user: nginx.user, password: 'wrong' } }),
      'UNAUTHORIZED',
    );
  });

  it('self-signed port: SERVER_CERT_UNTRUSTED', async () => {
    await expectCode(target(nginx.selfSignedUrl), 'SERVER_CERT_UNTRUSTED');
  });
});

describe('coverage', () => {
  it('every diagnosis code was produced by a real test above', () => {
    const missing = DiagnosisCode.options.filter((c) => !seen.has(c));
    expect(missing).toEqual([]);
  });
});
