import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCap, type CapServer } from '../../servers';

describe('startCap (SAP CAP serving a C4C-like OData V2 service)', () => {
  let cap: CapServer;
  beforeAll(async () => {
    cap = await startCap();
  });
  afterAll(async () => {
    await cap.stop();
  });

  it('listens on 127.0.0.1 and serves the OData V2 service document at the C4C path', async () => {
    expect(cap.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(cap.serviceUrl).toBe(`${cap.url}/sap/c4c/odata/v1/c4codataapi/`);
    const response = await fetch(cap.serviceUrl);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { d: { EntitySets: string[] } };
    expect(body.d.EntitySets).toEqual(['CorporateAccountCollection', 'ContactCollection']);
  });

  it('serves an OData V2 $metadata (EDMX 1.0, DataServiceVersion 2.0)', async () => {
    const response = await fetch(`${cap.serviceUrl}$metadata`);
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(xml).toContain('<edmx:Edmx Version="1.0"');
    expect(xml).toContain('m:DataServiceVersion="2.0"');
    expect(xml).toContain('EntitySet Name="CorporateAccountCollection"');
  });

  // CAP always adds the key (ObjectID) to a $select.
  it('answers $filter, $top, $inlinecount and $select on the seeded rows', async () => {
    const response = await fetch(
      `${cap.serviceUrl}CorporateAccountCollection?$top=3&$inlinecount=allpages&$select=AccountID,Name&$filter=CountryCode%20eq%20'DE'`,
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { d: { __count: string; results: Record<string, unknown>[] } };
    expect(body.d.results).toHaveLength(3);
    expect(Number(body.d.__count)).toBe(100);
    expect(Object.keys(body.d.results[0]!).sort()).toEqual(['AccountID', 'Name', 'ObjectID', '__metadata']);
  });

  it('follows the navigation from an account to its contacts ($expand)', async () => {
    const response = await fetch(
      `${cap.serviceUrl}CorporateAccountCollection?$top=1&$expand=CorporateAccountHasContactPerson&$format=json`,
    );
    const body = (await response.json()) as {
      d: { results: { CorporateAccountHasContactPerson: { results: unknown[] } }[] };
    };
    expect(body.d.results[0]!.CorporateAccountHasContactPerson.results).toHaveLength(2);
  });
});
