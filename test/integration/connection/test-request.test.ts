/**
 * What the connection test sends: its GETs go through Node's https (no axios on the test's path),
 * so the request it makes is pinned here against a real TLS server on loopback.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConnectionTest, type TenantTarget } from '../../../electron/core/connection/index';
import { sharedTestPki, type TestPki } from '../../servers/index';
import { odataOk, startHttps, type Running } from './servers';

let pki: TestPki;
const running: Running[] = [];
beforeAll(async () => {
  pki = await sharedTestPki();
});
afterAll(async () => {
  for (const r of running) await r.close();
});

const target = (url: string, more: Partial<TenantTarget> = {}): TenantTarget => ({
  url,
  credentials: { kind: 'none' },
  trust: { extraCaPem: [pki.server.caPem, pki.serverCa.certPem], useOsTrustStore: false },
  proxy: { kind: 'none' },
  fetchCsrfToken: false,
  timeoutMs: 5_000,
  ...more,
});

async function serve(handler: Parameters<typeof startHttps>[1]): Promise<Running> {
  const s = await startHttps({ key: pki.server.keyPem, cert: pki.server.certPem }, handler);
  running.push(s);
  return s;
}

const EDMX = `<?xml version="1.0" encoding="utf-8"?><edmx:Edmx Version="1.0" xmlns:edmx="http://schemas.microsoft.com/ado/2007/06/edmx"><edmx:DataServices><Schema xmlns="http://schemas.microsoft.com/ado/2008/09/edm"><EntityContainer Name="c"><EntitySet Name="A" EntityType="x.A"/><EntitySet Name="B" EntityType="x.B"/><EntitySet Name="C" EntityType="x.C"/></EntityContainer></Schema></edmx:DataServices></edmx:Edmx>`;

describe('the connection test request', () => {
  it('asks for the service document as it is sent: its Accept header, no compression, no CSRF fetch unless asked', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const s = await serve((req, res) => {
      seen.push(req.headers);
      odataOk(res);
    });
    expect((await runConnectionTest(target(s.url))).diagnosis.code).toBe('OK');
    expect((await runConnectionTest(target(s.url, { fetchCsrfToken: true }))).diagnosis.code).toBe('OK');
    expect(seen).toHaveLength(2);
    expect(seen[0]?.accept).toBe(
      'application/atomsvc+xml, application/json;q=0.9, application/xml;q=0.8, */*;q=0.1',
    );
    // The 1 MB cap counts the bytes the server sends; a compressed answer would be unpacked past it.
    expect(seen[0]?.['accept-encoding']).toBeUndefined();
    expect(seen[0]?.['x-csrf-token']).toBeUndefined();
    expect(seen[0]?.authorization).toBeUndefined();
    expect(seen[1]?.['x-csrf-token']).toBe('fetch');
  });

  it('an answer it cannot place: $metadata below the root is asked next, with the cookies the root set', async () => {
    const requests: { url: string | undefined; cookie: string | undefined }[] = [];
    const s = await serve((req, res) => {
      requests.push({ url: req.url, cookie: req.headers.cookie });
      if (req.url?.endsWith('$metadata')) {
        res.writeHead(200, { 'content-type': 'application/xml', dataserviceversion: '2.0' }).end(EDMX);
        return;
      }
      res
        .writeHead(200, {
          'content-type': 'application/xml',
          'set-cookie': ['SAP_SESSIONID=abc; Path=/; Secure'],
        })
        .end('<?xml version="1.0"?><something/>');
    });
    // The root without its trailing slash: $metadata still goes below it, as the download asks for it.
    const r = await runConnectionTest(target(s.url.replace(/\/$/, '')));
    expect(r.diagnosis.code).toBe('OK');
    expect(r.stages.find((x) => x.name === 'odata')?.detail).toMatchObject({
      source: '$metadata',
      entitySets: 3,
    });
    expect(requests).toEqual([
      { url: new URL(s.url).pathname.replace(/\/$/, ''), cookie: undefined },
      { url: `${new URL(s.url).pathname}$metadata`, cookie: 'SAP_SESSIONID=abc' },
    ]);
  });
});
