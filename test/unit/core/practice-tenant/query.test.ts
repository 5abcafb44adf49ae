import { describe, expect, it } from 'vitest';
import { c4cService, type EntitySetDef } from '../../../../electron/core/practice-tenant/model';
import { QueryError, runQuery } from '../../../../electron/core/practice-tenant/query';
import { metadataXml } from '../../../../electron/core/practice-tenant/metadata';

const service = c4cService();
const set = (name: string): EntitySetDef => service.entitySets.find((s) => s.name === name)!;
const accounts = set('CorporateAccountCollection');
const opportunities = set('OpportunityCollection');
const ids = (filter: string, entitySet = accounts) =>
  runQuery(entitySet, { filter }, 1000).rows.map((r) => r.AccountID ?? r.OpportunityID);

describe('practice tenant query options', () => {
  it('filters with eq, ne, and, or, not and parentheses', () => {
    expect(ids("AccountID eq '1000007'")).toEqual(['1000007']);
    expect(ids("CountryCode eq 'FR' and (City eq 'Paris' or City eq 'Nowhere')")).toHaveLength(50);
    expect(ids("CountryCode ne 'DE'")).toHaveLength(200);
    expect(ids("not (CountryCode eq 'DE')")).toHaveLength(200);
    expect(ids("AccountID eq 'O''Brien'")).toEqual([]);
  });

  it('filters with startswith, endswith, substringof and compares numbers, booleans and dates', () => {
    expect(ids("startswith(Name,'Account 29')")).toEqual([
      '1000029',
      '1000290',
      '1000291',
      '1000292',
      '1000293',
      '1000294',
      '1000295',
      '1000296',
      '1000297',
      '1000298',
      '1000299',
    ]);
    expect(ids("startswith(Name,'Account 29') eq true and endswith(Name,'Berlin GmbH')")).toEqual([
      '1000295',
    ]);
    expect(ids("substringof('Account 300 ',Name)")).toEqual(['1000300']);
    expect(ids('ExpectedRevenueAmount gt 98000', opportunities).length).toBeGreaterThan(0);
    expect(ids('ClosedFlag eq true', opportunities)).toHaveLength(27);
    expect(ids("CreatedOn lt datetimeoffset'2024-01-04T00:00:00Z'")).toEqual(['1000001', '1000002']);
  });

  it('orders, selects, skips and pages with a next offset that keeps what is left of $top', () => {
    const r = runQuery(
      accounts,
      {
        orderby: 'CountryCode desc, AccountID asc',
        select: 'AccountID,City',
        top: '150',
        skip: '10',
        inlinecount: 'allpages',
      },
      100,
    );
    expect(r.rows).toHaveLength(100);
    expect(r.rows[0]).toMatchObject({ CountryCode: 'US', AccountID: '1000062' });
    expect(r.select).toEqual(['AccountID', 'City']);
    expect(r.count).toBe(300);
    expect(r.next).toEqual({ skiptoken: 110, top: 50 });
    expect(runQuery(accounts, { skiptoken: '290' }, 100)).toMatchObject({ next: null, count: null });
  });

  it('refuses what it cannot answer with a QueryError (HTTP 400)', () => {
    expect(() => ids("Nope eq 'x'")).toThrow(QueryError);
    expect(() => ids("Name eq 'open")).toThrow(QueryError);
    expect(() => ids('length(Name) eq 3')).toThrow(/not supported/);
    expect(() => runQuery(accounts, { top: '-1' }, 100)).toThrow(/whole number/);
    expect(() => runQuery(accounts, { select: 'Secret' }, 100)).toThrow(/not part of CorporateAccount/);
    expect(() => runQuery(accounts, { orderby: 'Secret desc' }, 100)).toThrow(/\$orderby/);
  });

  it('describes every served property, navigation and set in $metadata', () => {
    const xml = metadataXml(service);
    for (const s of service.entitySets) {
      expect(xml).toContain(`<EntitySet Name="${s.name}" EntityType="c4codata.${s.typeName}"`);
      for (const p of s.properties) expect(xml).toContain(`<Property Name="${p.name}" Type="${p.type}"`);
    }
    expect(xml).toContain(
      '<NavigationProperty Name="CorporateAccountHasContactPerson" Relationship="c4codata.CorporateAccount_CorporateAccountHasContactPerson"',
    );
    expect(xml).toContain('Multiplicity="*" Role="Contact"');
  });
});
