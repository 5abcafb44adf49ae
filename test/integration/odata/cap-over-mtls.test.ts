/**
 * Metadata download and queries through real nginx (mTLS and basic-auth ports) in front of real
 * SAP CAP serving OData V2 at C4C's path, with the connection's tenant client.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenantClient, type TenantClient } from '../../../electron/core/connection/tenant-client';
import type { TenantTarget } from '../../../electron/core/connection/target';
import { downloadMetadata } from '../../../electron/core/odata/download';
import { parseEdmx } from '../../../electron/core/odata/edmx-parser';
import { httpGetFromTenantClient } from '../../../electron/core/odata/http';
import { runQuery } from '../../../electron/core/odata/query-run';
import { buildUrl, emptyQuery } from '../../../shared/odata/query';
import { CodedError } from '../../../shared/result';
import { startNginxWithCap, type NginxWithCap } from '../../servers/index';

let servers: NginxWithCap;
const clients: TenantClient[] = [];

beforeAll(async () => {
  servers = await startNginxWithCap();
});
afterAll(async () => {
  for (const c of clients) c.close();
  await servers.stop();
});

function target(kind: 'mtls' | 'basic' | 'no-cert'): TenantTarget {
  const { pki } = servers;
  const base = {
    trust: { extraCaPem: [servers.caPem], useOsTrustStore: false },
    proxy: { kind: 'none' as const },
    fetchCsrfToken: false,
    timeoutMs: 15_000,
  };
  if (kind === 'basic')
    return {
      ...base,
      url: servers.basicUrl,
      credentials: { kind: 'basic', user: servers.user, password: servers.password },
    };
  if (kind === 'no-cert') return { ...base, url: servers.mtlsUrl, credentials: { kind: 'none' } };
  return {
    ...base,
    url: servers.mtlsUrl,
    credentials: {
      kind: 'client-certificate',
      keyPem: pki.client.keyPem,
      chainPem: `${pki.client.certPem}\n${pki.client.chainPem}`,
      notAfter: new Date(Date.now() + 86_400_000).toISOString(),
    },
  };
}

function open(kind: 'mtls' | 'basic' | 'no-cert') {
  const client = createTenantClient(target(kind));
  clients.push(client);
  return { get: httpGetFromTenantClient(client), root: client.serviceRoot.href };
}

async function codeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof CodedError) return error.code;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('metadata and queries against SAP CAP through nginx', () => {
  it('downloads $metadata with a client certificate, with progress, and parses it', async () => {
    const { get } = open('mtls');
    const progress: number[] = [];
    const downloaded = await downloadMetadata(get, {
      language: 'de',
      onProgress: (p) => progress.push(p.bytes),
    });
    expect(downloaded.path).toBe('$metadata?sap-label=true');
    expect(downloaded.bytes.length).toBeGreaterThan(1000);
    expect(progress.at(-1)).toBe(downloaded.bytes.length);
    const model = parseEdmx(downloaded.bytes);
    expect(model.entitySets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['CorporateAccountCollection', 'ContactCollection']),
    );
    const account = model.entityTypes.find((t) => t.name === 'CorporateAccountCollection');
    expect(account?.keys).toEqual(['ObjectID']);
    expect(account?.properties.map((p) => p.name)).toContain('Name');
  });

  it('downloads with basic auth as well', async () => {
    const { get } = open('basic');
    const downloaded = await downloadMetadata(get, {});
    expect(parseEdmx(downloaded.bytes).entitySets.length).toBeGreaterThanOrEqual(2);
  });

  it('is refused without a client certificate, in the user’s words', async () => {
    const { get } = open('no-cert');
    expect(await codeOf(() => downloadMetadata(get, {}))).toBe('REQUEST_FAILED');
  });

  it('cancels a download through its AbortSignal', async () => {
    const { get } = open('mtls');
    const controller = new AbortController();
    controller.abort();
    expect(await codeOf(() => downloadMetadata(get, { signal: controller.signal }))).toBe('CANCELLED');
  });

  it('runs a built JSON query: rows, count, time', async () => {
    const { get, root } = open('mtls');
    const url = buildUrl(
      root,
      {
        ...emptyQuery('CorporateAccountCollection'),
        select: ['ObjectID', 'Name', 'City'],
        filters: [{ property: 'Name', operator: 'startswith', value: 'Account 1', join: 'and' }],
        orderby: [{ property: 'Name', direction: 'asc' }],
        top: 5,
        inlinecount: true,
        format: 'json',
      },
      () => 'Edm.String',
    );
    const result = await runQuery(get, url, { serviceRoot: root });
    expect(result.status).toBe(200);
    expect(result.format).toBe('json');
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.rows.length).toBeLessThanOrEqual(5);
    expect(result.columns).toEqual(expect.arrayContaining(['ObjectID', 'Name', 'City']));
    for (const row of result.rows) expect(String(row.Name)).toMatch(/^Account 1/);
    expect(result.count).toBeGreaterThanOrEqual(result.rows.length);
    expect(result.ms).toBeGreaterThanOrEqual(0);
    expect(result.raw).toContain('"results"');
  });

  it('reports the service’s own error for a bad query', async () => {
    const { get, root } = open('mtls');
    const code = await codeOf(() =>
      runQuery(get, `${root}CorporateAccountCollection?$filter=NoSuchField eq 1&$format=json`, {
        serviceRoot: root,
      }),
    );
    expect(['ODATA_ERROR', 'REQUEST_FAILED']).toContain(code);
  });

  it('refuses to send the connection’s credentials outside its service root', async () => {
    const { get, root } = open('mtls');
    expect(await codeOf(() => runQuery(get, 'https://example.org/x', { serviceRoot: root }))).toBe(
      'BAD_INPUT',
    );
    expect(await codeOf(() => runQuery(get, `${root}../../../../other`, { serviceRoot: root }))).toBe(
      'BAD_INPUT',
    );
  });
});
