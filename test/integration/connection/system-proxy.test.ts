/**
 * The system proxy as consultants on locked-down corporate networks meet it, against real servers on
 * loopback: a PAC answer whose first proxy is dead, a PAC answer with SOCKS only, proxies that want
 * Windows sign-on or a user and password (407), and an HTTPS proxy given by its IP address.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestResult, type DiagnosisCode } from '../../../shared/domain/diagnosis';
import { connectStaged, ConnectTrace } from '../../../electron/core/connection/connector';
import { runConnectionTest, type TenantTarget } from '../../../electron/core/connection/index';
import { routeFromPac } from '../../../electron/core/connection/proxy';
import { freePort, makeCa, makeServerCert, sharedTestPki, type TestPki } from '../../servers/index';
import { odataOk, startHttps, startProxy, startSilent, type Running } from './servers';

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

function target(url: string, more: Partial<TenantTarget> = {}): TenantTarget {
  return {
    url,
    credentials: { kind: 'none' },
    trust: { extraCaPem: [pki.server.caPem], useOsTrustStore: false },
    proxy: { kind: 'none' },
    fetchCsrfToken: false,
    timeoutMs: 8_000,
    ...more,
  };
}

async function expectCode(t: TenantTarget, code: DiagnosisCode, lang: 'en' | 'de' = 'en') {
  const result = await runConnectionTest(t, { lang });
  TestResult.parse(result);
  expect(result.diagnosis.code, JSON.stringify(result, null, 1)).toBe(code);
  return result;
}

/** The tenant: the fixture certificate for localhost/127.0.0.1, answering OData; counts connections. */
async function tenant() {
  const s = await track(
    startHttps({ key: pki.server.keyPem, cert: pki.server.certPem }, (_q, r) => odataOk(r)),
  );
  return s;
}

const tcpDetail = (r: TestResult) => r.stages.find((s) => s.name === 'tcp')?.detail;

describe('system proxy: entries of the PAC answer are tried in order', () => {
  it('a dead first proxy, then a working one: the second carries the test, the first is recorded', async () => {
    const s = await tenant();
    const dead = await freePort();
    const proxy = await track(startProxy());
    const answer = `PROXY 127.0.0.1:${dead}; PROXY 127.0.0.1:${proxy.port}; DIRECT`;
    const r = await expectCode(target(s.url, { proxy: { kind: 'pac', answer } }), 'OK');
    expect(proxy.connects).toEqual([`127.0.0.1:${s.port}`]);
    expect(tcpDetail(r)).toMatchObject({
      via: `http://127.0.0.1:${proxy.port}`,
      proxyStatus: 200,
      tried: [{ via: `http://127.0.0.1:${dead}`, stage: 'tcp', error: 'ECONNREFUSED' }],
    });
  });

  it('DIRECT after a dead proxy is a valid fallback', async () => {
    const s = await tenant();
    const dead = await freePort();
    const r = await expectCode(
      target(s.url, { proxy: { kind: 'pac', answer: `HTTPS 127.0.0.1:${dead}; DIRECT` } }),
      'OK',
    );
    expect(tcpDetail(r)).toMatchObject({
      via: null,
      tried: [{ via: `https://127.0.0.1:${dead}`, stage: 'tcp', error: 'ECONNREFUSED' }],
    });
  });

  it('every entry dead: PROXY_FAILED names the last one and the ones tried before it', async () => {
    const s = await tenant();
    const [a, b] = [await freePort(), await freePort()];
    const r = await expectCode(
      target(s.url, { proxy: { kind: 'pac', answer: `PROXY 127.0.0.1:${a}; PROXY 127.0.0.1:${b}` } }),
      'PROXY_FAILED',
    );
    expect(r.diagnosis.advice[0]).toBe(
      `The proxy http://127.0.0.1:${b} could not be reached (ECONNREFUSED).`,
    );
    expect(r.diagnosis.advice[1]).toContain(`http://127.0.0.1:${a} (ECONNREFUSED)`);
  });

  it('an HTTPS proxy that accepts TCP and never answers the handshake times out, then the next entry is used', async () => {
    const s = await tenant();
    const silent = await track(startSilent());
    const proxy = await track(startProxy());
    const trace = new ConnectTrace();
    const started = performance.now();
    const socket = await connectStaged({
      host: '127.0.0.1',
      port: s.port,
      route: routeFromPac(`HTTPS 127.0.0.1:${silent.port}; PROXY 127.0.0.1:${proxy.port}`),
      extraCa: [pki.server.caPem],
      signal: AbortSignal.timeout(8_000),
      trace,
      hopConnectMs: 400,
    });
    socket.destroy();
    expect(performance.now() - started).toBeLessThan(4_000);
    expect(proxy.connects).toEqual([`127.0.0.1:${s.port}`]);
    expect(trace.stages.map((x) => [x.name, x.ok])).toEqual([
      ['dns', true],
      ['tcp', true],
      ['tls', true],
    ]);
    expect(trace.stages[1]?.detail).toMatchObject({
      via: `http://127.0.0.1:${proxy.port}`,
      tried: [{ via: `https://127.0.0.1:${silent.port}`, stage: 'tcp', error: 'ETIMEDOUT' }],
    });
  });

  it('no fallback after a reached proxy refused the tunnel: its answer is final', async () => {
    const s = await tenant();
    const refusing = await track(startProxy({ authenticate: ['Negotiate'] }));
    const next = await track(startProxy());
    const answer = `PROXY 127.0.0.1:${refusing.port}; PROXY 127.0.0.1:${next.port}; DIRECT`;
    await expectCode(target(s.url, { proxy: { kind: 'pac', answer } }), 'PROXY_FAILED');
    expect(next.connects).toEqual([]);
  });
});

describe('system proxy: SOCKS only', () => {
  it('says SOCKS is not supported instead of going direct', async () => {
    const s = await tenant();
    const answer = 'SOCKS5 127.0.0.1:1080; SOCKS 127.0.0.1:1081';
    const r = await expectCode(target(s.url, { proxy: { kind: 'pac', answer } }), 'PROXY_FAILED');
    expect(r.diagnosis.advice[0]).toMatch(/only SOCKS .*does not support/);
    expect(r.diagnosis.advice[0]).toContain('SOCKS5 127.0.0.1:1080');
    expect(r.diagnosis.advice[0]).toContain('Manual');
    expect(r.stages).toHaveLength(1);
    expect(tcpDetail(r)).toMatchObject({
      error: 'SOCKS_ONLY',
      offered: ['SOCKS5 127.0.0.1:1080', 'SOCKS 127.0.0.1:1081'],
    });
    const de = await expectCode(target(s.url, { proxy: { kind: 'pac', answer } }), 'PROXY_FAILED', 'de');
    expect(de.diagnosis.advice[0]).toMatch(/nur SOCKS/);
  });
});

describe('proxy sign-on (407)', () => {
  it('Negotiate/NTLM: says the proxy wants Windows sign-on, which C4C Connect does not support', async () => {
    const s = await tenant();
    const proxy = await track(startProxy({ authenticate: ['Negotiate', 'NTLM'] }));
    const t = target(s.url, { proxy: { kind: 'pac', answer: `PROXY 127.0.0.1:${proxy.port}` } });
    const r = await expectCode(t, 'PROXY_FAILED');
    expect(r.diagnosis.advice[0]).toMatch(/Windows sign-on \(Negotiate, NTLM\).*does not support/);
    expect(r.diagnosis.advice[0]).toContain('bypass');
    expect(tcpDetail(r)).toMatchObject({ proxyStatus: 407, proxyAuthenticate: ['Negotiate', 'NTLM'] });
    const de = await expectCode(t, 'PROXY_FAILED', 'de');
    expect(de.diagnosis.advice[0]).toMatch(/Windows-Anmeldung \(Negotiate, NTLM\)/);
  });

  it('Basic without credentials, manual proxy: asks for the proxy user and password in the connection', async () => {
    const s = await tenant();
    const proxy = await track(startProxy({ auth: 'a:b' }));
    const r = await expectCode(
      target(s.url, { proxy: { kind: 'url', url: proxy.url, noProxy: '' } }),
      'PROXY_FAILED',
    );
    expect(r.diagnosis.advice[0]).toMatch(/needs a user and password.*Proxy user.*Proxy password/);
  });

  it('Basic without credentials, system proxy: says to choose Manual, where a user and password can be entered', async () => {
    const s = await tenant();
    const proxy = await track(startProxy({ auth: 'a:b' }));
    const t = target(s.url, { proxy: { kind: 'pac', answer: `PROXY 127.0.0.1:${proxy.port}` } });
    const r = await expectCode(t, 'PROXY_FAILED');
    expect(r.diagnosis.advice[0]).toMatch(/needs a user and password.*Manual.*Proxy user/);
    const de = await expectCode(t, 'PROXY_FAILED', 'de');
    expect(de.diagnosis.advice[0]).toMatch(/Benutzer und Kennwort.*Manuell.*Proxy-Benutzer/);
  });

  it('Basic with wrong credentials: says the proxy refused them', async () => {
    const s = await tenant();
    const proxy = await track(startProxy({ auth: 'a:b' }));
    const url = `http://a:wrong@127.0.0.1:${proxy.port}`;
    const r = await expectCode(target(s.url, { proxy: { kind: 'url', url, noProxy: '' } }), 'PROXY_FAILED');
    expect(r.diagnosis.advice[0]).toMatch(/did not accept/);
    expect(JSON.stringify(r)).not.toContain('wrong');
  });
});

describe('HTTPS proxy given by its IP address', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'c4c-proxy-pki-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("checks the proxy's certificate against its IP address (IP SAN only)", async () => {
    const ca = await makeCa(dir, 'Proxy Root CA');
    const cert = await makeServerCert(ca, dir, 'proxy-by-ip', { hosts: ['127.0.0.1'] });
    const s = await tenant();
    const proxy = await track(startProxy({ tls: { key: cert.keyPem, cert: cert.certPem } }));
    const r = await expectCode(
      target(s.url, {
        trust: { extraCaPem: [pki.server.caPem, ca.certPem], useOsTrustStore: false },
        proxy: { kind: 'url', url: proxy.url, noProxy: '' },
      }),
      'OK',
    );
    expect(proxy.connects).toEqual([`127.0.0.1:${s.port}`]);
    expect(tcpDetail(r)).toMatchObject({ via: `https://127.0.0.1:${proxy.port}`, proxyStatus: 200 });
  });

  it('a certificate issued for another name: says the TLS to the proxy failed, and how to trust it', async () => {
    const s = await tenant();
    const wrong = pki.wrongHostServer;
    const proxy = await track(startProxy({ tls: { key: wrong.keyPem, cert: wrong.certPem } }));
    const r = await expectCode(
      target(s.url, {
        trust: { extraCaPem: [pki.server.caPem, pki.serverCa.certPem], useOsTrustStore: false },
        proxy: { kind: 'url', url: proxy.url, noProxy: '' },
      }),
      'PROXY_FAILED',
    );
    expect(r.diagnosis.advice[0]).toBe(
      `The secure connection to the HTTPS proxy https://127.0.0.1:${proxy.port} failed (ERR_TLS_CERT_ALTNAME_INVALID). ` +
        `Its certificate must be issued for 127.0.0.1 and trusted: ask IT for the root CA certificate and add it in the Tenant step under "Trust (only for test systems)" > Extra CA certificate (PEM).`,
    );
    expect(proxy.connects).toEqual([]);
  });
});
