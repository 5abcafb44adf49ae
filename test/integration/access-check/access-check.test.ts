/**
 * The authorization matrix against real servers: nginx (mTLS) in front of SAP CAP, where the
 * arrangement's first service is allowed and the second refused with 403, plus an entity set the
 * service does not have. And the bound: never more than four requests in flight, and Cancel.
 */
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessCheckService, checkAccess } from '../../../electron/core/access-check/index';
import type { Connection } from '../../../shared/domain/connection';
import { AccessMatrix } from '../../../shared/domain/access-check';
import { C4C_SERVICE_PATH, startNginxWithCap, type NginxWithCap } from '../../servers/index';
import { createTenantClient } from '../../../electron/core/connection/tenant-client';
import { httpGetFromTenantClient } from '../../../electron/core/odata/http';

const REFUSED = '/sap/c4c/odata/v1/refusedservice/';
let nginx: NginxWithCap;

beforeAll(async () => {
  nginx = await startNginxWithCap({ refusedPaths: [REFUSED] });
}, 60_000);
afterAll(async () => {
  await nginx.stop();
});

function connection(): Connection {
  return {
    id: 'c1',
    name: 'Matrix',
    environment: 'test',
    tenantHost: `127.0.0.1:${nginx.ports.mtls}`,
    system: { systemId: 'SYS01', hostName: '', doneInC4c: true },
    arrangement: {
      scenario: 'OData Services for Business Objects',
      services: [
        { name: 'c4codataapi', path: C4C_SERVICE_PATH },
        { name: 'refusedservice', path: REFUSED },
      ],
      technicalUser: 'TECH',
      doneInC4c: true,
    },
    auth: { method: 'client-certificate', keyPairId: 'kp' },
    proxy: { mode: 'none' },
    trust: { extraCaPem: [nginx.caPem], useOsTrustStore: false },
    fetchCsrfToken: false,
    timeoutSeconds: 10,
    createdAt: '2026-11-30T00:00:00.000Z',
    updatedAt: '2026-11-30T00:00:00.000Z',
  };
}

function service(): AccessCheckService {
  const c = connection();
  return new AccessCheckService({
    getConnection: (id) => (id === c.id ? c : null),
    tlsMaterial: () =>
      Promise.resolve({
        keyPem: nginx.pki.client.keyPem,
        chainPem: [nginx.pki.client.certPem, nginx.pki.client.chainPem],
        notAfter: new Date(Date.now() + 86_400_000 * 300).toISOString(),
      }),
    keyPairName: () => 'client',
    secretText: () => Promise.resolve(null),
    resolveSystemProxy: () => Promise.resolve('DIRECT'),
  });
}

describe('the authorization matrix', () => {
  it('shows the allowed service OK, the refused one FORBIDDEN, and a missing set NOT_FOUND, with advice', async () => {
    const matrix = await service().check('c1', ['CorporateAccountCollection', 'NoSuchCollection']);
    AccessMatrix.parse(matrix);
    const grid = matrix.cells.map((c) => [c.service, c.entitySet, c.outcome, c.status]);
    expect(grid).toEqual([
      ['c4codataapi', null, 'OK', 200],
      ['c4codataapi', 'CorporateAccountCollection', 'OK', 200],
      ['c4codataapi', 'NoSuchCollection', 'NOT_FOUND', 404],
      ['refusedservice', null, 'FORBIDDEN', 403],
      ['refusedservice', 'CorporateAccountCollection', 'FORBIDDEN', 403],
      ['refusedservice', 'NoSuchCollection', 'FORBIDDEN', 403],
    ]);
    expect(matrix.ok).toBe(false);
    const refused = matrix.cells[3];
    expect(refused?.message).toBe(`No authorization for service ${REFUSED}`);
    expect(refused?.advice.length).toBeGreaterThan(0);
    expect(matrix.cells[1]?.url).toMatch(/CorporateAccountCollection\?\$top=1$/);
  }, 30_000);

  it('refuses entity set names that are not names', async () => {
    await expect(service().check('c1', ['../x'])).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(service().check('nope', [])).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('bounded and cancellable', () => {
  let server: https.Server;
  let inFlight = 0;
  let most = 0;
  let base = '';
  beforeAll(async () => {
    server = https.createServer(
      { key: nginx.pki.server.keyPem, cert: nginx.pki.server.certPem },
      (_req, res) => {
        inFlight++;
        most = Math.max(most, inFlight);
        setTimeout(() => {
          inFlight--;
          res.writeHead(200, { 'content-type': 'application/atom+xml' }).end('<feed/>');
        }, 60);
      },
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `https://127.0.0.1:${(server.address() as AddressInfo).port}/svc`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  const client = () =>
    createTenantClient({
      url: `${base}0/`,
      credentials: { kind: 'none' },
      trust: { extraCaPem: [nginx.caPem], useOsTrustStore: false },
      proxy: { kind: 'none' },
      fetchCsrfToken: false,
      timeoutMs: 10_000,
    });
  const services = Array.from({ length: 5 }, (_, i) => ({ name: `s${i}`, root: `${base}${i}/` }));
  const sets = ['A', 'B', 'C'];

  it('keeps at most four requests in flight and reports progress to the end', async () => {
    const c = client();
    const seen: number[] = [];
    const matrix = await checkAccess(httpGetFromTenantClient(c), services, sets, {
      onProgress: (done) => seen.push(done),
    });
    c.close();
    expect(matrix.cells).toHaveLength(20);
    expect(matrix.ok).toBe(true);
    expect(most).toBeLessThanOrEqual(4);
    expect(most).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(20);
  });

  it('stops on Cancel: what was not asked is CANCELLED', async () => {
    const c = client();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 90);
    const matrix = await checkAccess(httpGetFromTenantClient(c), services, sets, {
      signal: controller.signal,
    });
    c.close();
    const cancelled = matrix.cells.filter((x) => x.outcome === 'CANCELLED').length;
    expect(cancelled).toBeGreaterThan(8);
    expect(matrix.ok).toBe(false);
  });
});
