/**
 * Atom XML (C4C's default answer) and server paging through `__next` / the Atom next link, against
 * the practice tenant (a real loopback HTTPS server shaped like C4C), with its client key pair.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenantClient, type TenantClient } from '../../../electron/core/connection/tenant-client';
import { downloadMetadata } from '../../../electron/core/odata/download';
import { parseEdmx } from '../../../electron/core/odata/edmx-parser';
import { httpGetFromTenantClient } from '../../../electron/core/odata/http';
import { runQuery } from '../../../electron/core/odata/query-run';
import { openPkcs12 } from '../../../electron/core/pkcs12/index';
import { startPracticeTenant, type PracticeTenant } from '../../../electron/core/practice-tenant/index';

let tenant: PracticeTenant;
let client: TenantClient;

beforeAll(async () => {
  tenant = await startPracticeTenant({ pageSize: 5 });
  const opened = await openPkcs12(await readFile(tenant.p12Path), tenant.p12Password);
  client = createTenantClient({
    url: tenant.serviceUrl,
    credentials: {
      kind: 'client-certificate',
      keyPem: opened.keyPem,
      chainPem: opened.chainPem.join('\n'),
      notAfter: opened.inspection.certificate.notAfter,
    },
    trust: { extraCaPem: [tenant.caPem], useOsTrustStore: false },
    proxy: { kind: 'none' },
    fetchCsrfToken: false,
  });
});
afterAll(async () => {
  client.close();
  await tenant.stop();
});

describe('practice tenant: Atom and paging', () => {
  it('parses its $metadata and reads Atom pages to the end through the next link', async () => {
    const get = httpGetFromTenantClient(client);
    const model = parseEdmx((await downloadMetadata(get, { language: 'en' })).bytes);
    const set = model.entitySets[0]?.name ?? '';
    expect(set).not.toBe('');

    const first = await runQuery(get, `${tenant.serviceUrl}${set}?$inlinecount=allpages`, {
      serviceRoot: tenant.serviceUrl,
    });
    expect(first.format).toBe('atom');
    expect(first.rows.length).toBe(5);
    expect(first.count).toBeGreaterThan(5);
    expect(first.next).not.toBeNull();

    let seen = first.rows.length;
    let next = first.next;
    const maxPages = Math.ceil((first.count ?? 0) / 5) + 2;
    for (let pages = 0; next && pages < maxPages; pages++) {
      const page = await runQuery(get, next, { serviceRoot: tenant.serviceUrl });
      seen += page.rows.length;
      next = page.next;
    }
    expect(next).toBeNull();
    expect(seen).toBe(first.count);
  });

  it('reads the same rows as JSON with __next', async () => {
    const get = httpGetFromTenantClient(client);
    const model = parseEdmx((await downloadMetadata(get)).bytes);
    const set = model.entitySets[0]?.name ?? '';
    const atom = await runQuery(get, `${set}?$top=3`, { serviceRoot: tenant.serviceUrl });
    const json = await runQuery(get, `${set}?$top=3&$format=json`, { serviceRoot: tenant.serviceUrl });
    expect(json.format).toBe('json');
    expect(json.rows.map((r) => r.ObjectID)).toEqual(atom.rows.map((r) => r.ObjectID));
  });
});
