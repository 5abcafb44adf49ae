import { describe, expect, it } from 'vitest';
import { formatLiteral, readLiteral } from '../../../../shared/odata/literals';
import { buildUrl, emptyQuery, type QueryState } from '../../../../shared/odata/query';
import { parseFilter, parseUrl } from '../../../../shared/odata/query-reader';
import { c4cWarnings } from '../../../../shared/odata/c4c-limits';

const types: Record<string, string> = {
  Name: 'Edm.String',
  Created: 'Edm.DateTimeOffset',
  Changed: 'Edm.DateTime',
  ObjectUUID: 'Edm.Guid',
  Revenue: 'Edm.Decimal',
  Active: 'Edm.Boolean',
  Count: 'Edm.Int32',
  Big: 'Edm.Int64',
  Ratio: 'Edm.Double',
  Duration: 'Edm.Time',
};
const typeOf = (p: string) => types[p];
const ROOT = 'https://my123.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi/';

describe('literals by EDM type', () => {
  it('writes each type as OData V2 expects', () => {
    expect(formatLiteral('Edm.String', "O'Neil & Sons")).toEqual({ ok: true, literal: "'O''Neil & Sons'" });
    expect(formatLiteral('Edm.DateTimeOffset', '2024-05-01T10:00:00Z')).toEqual({
      ok: true,
      literal: "datetimeoffset'2024-05-01T10:00:00Z'",
    });
    expect(formatLiteral('Edm.DateTime', '2024-05-01T10:00:00')).toEqual({
      ok: true,
      literal: "datetime'2024-05-01T10:00:00'",
    });
    expect(formatLiteral('Edm.Guid', '00163e0a-1b2c-1ed9-a5b0-7c3f4d2e1a00')).toMatchObject({
      literal: "guid'00163e0a-1b2c-1ed9-a5b0-7c3f4d2e1a00'",
    });
    expect(formatLiteral('Edm.Decimal', '12.50')).toMatchObject({ literal: '12.50M' });
    expect(formatLiteral('Edm.Int64', '9007199254740993')).toMatchObject({ literal: '9007199254740993L' });
    expect(formatLiteral('Edm.Int32', '-5')).toMatchObject({ literal: '-5' });
    expect(formatLiteral('Edm.Double', '1.5e3')).toMatchObject({ literal: '1.5e3d' });
    expect(formatLiteral('Edm.Boolean', 'true')).toMatchObject({ literal: 'true' });
    expect(formatLiteral('Edm.Time', 'PT12H30M')).toMatchObject({ literal: "time'PT12H30M'" });
  });

  it('refuses values that are not of the type, with a reason', () => {
    expect(formatLiteral('Edm.Int32', '1.5')).toEqual({ ok: false, reason: 'NOT_AN_INTEGER' });
    expect(formatLiteral('Edm.Decimal', '1,5')).toEqual({ ok: false, reason: 'NOT_A_NUMBER' });
    expect(formatLiteral('Edm.Boolean', 'yes')).toEqual({ ok: false, reason: 'NOT_A_BOOLEAN' });
    expect(formatLiteral('Edm.Guid', 'abc')).toEqual({ ok: false, reason: 'NOT_A_GUID' });
    expect(formatLiteral('Edm.DateTimeOffset', '2024-05-01')).toEqual({
      ok: false,
      reason: 'NOT_A_DATE_TIME',
    });
    // A zone on Edm.DateTime is not a local date-time.
    expect(formatLiteral('Edm.DateTime', '2024-05-01T10:00:00Z').ok).toBe(false);
  });

  it('reads literals back', () => {
    expect(readLiteral("'O''Neil'")).toBe("O'Neil");
    expect(readLiteral("datetimeoffset'2024-05-01T10:00:00Z'")).toBe('2024-05-01T10:00:00Z');
    expect(readLiteral('12.5M')).toBe('12.5');
    expect(readLiteral('7L')).toBe('7');
    expect(readLiteral("'a'b'")).toBeNull();
    expect(readLiteral('Name')).toBeNull();
  });
});

describe('query URL', () => {
  const state: QueryState = {
    ...emptyQuery('CorporateAccountCollection'),
    select: ['ObjectID', 'Name', 'Created'],
    filters: [
      { property: 'Name', operator: 'startswith', value: "O'Ne", join: 'and' },
      { property: 'Revenue', operator: 'ge', value: '1000.5', join: 'and' },
      { property: 'Created', operator: 'gt', value: '2024-01-01T00:00:00+01:00', join: 'and' },
      { property: 'Count', operator: 'eq', value: '1', join: 'and' },
      { property: 'Count', operator: 'eq', value: '2', join: 'or' },
    ],
    expand: ['Contact'],
    orderby: [
      { property: 'Name', direction: 'asc' },
      { property: 'Created', direction: 'desc' },
    ],
    top: 50,
    skip: 100,
    inlinecount: true,
    format: 'json',
    search: 'Porter & Co',
  };

  it('builds every option, correctly encoded and readable', () => {
    const url = buildUrl(ROOT, state, typeOf);
    expect(url).toBe(
      'https://my123.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi/CorporateAccountCollection' +
        '?$select=ObjectID,Name,Created' +
        "&$filter=startswith(Name,'O''Ne')%20and%20Revenue%20ge%201000.5M%20and%20Created%20gt%20datetimeoffset'2024-01-01T00:00:00%2B01:00'%20and%20(Count%20eq%201%20or%20Count%20eq%202)" +
        '&$expand=Contact&$orderby=Name,Created%20desc&$top=50&$skip=100&$inlinecount=allpages&$format=json' +
        '&$search=Porter%20%26%20Co',
    );
    // What the server decodes is exactly the filter we meant.
    const filter = new URL(url).searchParams.get('$filter');
    expect(filter).toContain("datetimeoffset'2024-01-01T00:00:00+01:00'");
  });

  it('reads the URL it built back into the same state', () => {
    expect(parseUrl(buildUrl(ROOT, state, typeOf), ROOT)).toEqual(state);
  });

  it('reads a hand-edited URL, keeping what it cannot map', () => {
    const s = parseUrl(
      `${ROOT}ContactCollection?$top=5&$filter=Name eq 'a' or Active eq true and Count gt 1&sap-language=DE`,
      ROOT,
    );
    expect(s.entitySet).toBe('ContactCollection');
    expect(s.top).toBe(5);
    expect(s.filters).toEqual([]);
    expect(s.rawFilter).toBe("Name eq 'a' or Active eq true and Count gt 1");
    expect(s.extra).toEqual([['sap-language', 'DE']]);
    expect(buildUrl(ROOT, s, typeOf)).toContain('sap-language=DE');
  });

  it('parses V2 function forms and refuses nonsense', () => {
    expect(parseFilter("substringof('x',Name) eq true and endswith(Name,'y')")).toEqual([
      { property: 'Name', operator: 'substringof', value: 'x', join: 'and' },
      { property: 'Name', operator: 'endswith', value: 'y', join: 'and' },
    ]);
    expect(parseFilter('Name eq')).toBeNull();
    expect(parseFilter("Name eq 'unterminated")).toBeNull();
    expect(parseFilter('(Name eq 1')).toBeNull();
  });

  it('reports row problems and leaves bad rows out of the URL', () => {
    const s = {
      ...emptyQuery('X'),
      filters: [{ property: 'Count', operator: 'eq' as const, value: 'ten', join: 'and' as const }],
    };
    expect(buildUrl(ROOT, s, typeOf)).toBe(`${ROOT}X`);
  });
});

describe('C4C limits', () => {
  it('warns on substringof, or across properties, filters on expanded properties and $expand paging', () => {
    const s: QueryState = {
      ...emptyQuery('X'),
      filters: [
        { property: 'Name', operator: 'substringof', value: 'a', join: 'and' },
        { property: 'Count', operator: 'eq', value: '1', join: 'or' },
        { property: 'Contact/Name', operator: 'eq', value: 'b', join: 'and' },
        { property: 'Active', operator: 'eq', value: 'true', join: 'and' },
      ],
      expand: ['Contact'],
    };
    expect(c4cWarnings(s, (p) => p !== 'Active').map((w) => w.code)).toEqual([
      'FUNCTION_NOT_SUPPORTED',
      'FILTER_ON_EXPANDED',
      'NOT_FILTERABLE',
      'OR_ACROSS_PROPERTIES',
      'EXPAND_PAGE_SIZE',
    ]);
  });

  it('has nothing to say about a plain query, and allows or on one property', () => {
    const s: QueryState = {
      ...emptyQuery('X'),
      filters: [
        { property: 'Count', operator: 'eq', value: '1', join: 'and' },
        { property: 'Count', operator: 'eq', value: '2', join: 'or' },
        { property: 'Name', operator: 'startswith', value: 'A', join: 'and' },
      ],
    };
    expect(c4cWarnings(s)).toEqual([]);
  });
});
