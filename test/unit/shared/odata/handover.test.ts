import { describe, expect, it } from 'vitest';
import { aliasFor, buildHandover } from '../../../../shared/odata/handover';
import { emptyQuery } from '../../../../shared/odata/query';

const base = {
  connectionName: 'Acme DEV',
  serviceRoot: 'https://my123.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi/',
  systemId: 'CPI_DEV',
  technicalUser: '_CPI_DEV1234',
  fetchCsrfToken: false,
};

describe('hand-over to the OData receiver adapter', () => {
  it('uses the adapter’s own field names for a client-certificate connection', () => {
    const h = buildHandover({
      ...base,
      auth: { method: 'client-certificate', keyPairName: 'CPI DEV Key 2025' },
      query: {
        ...emptyQuery('CorporateAccountCollection'),
        select: ['ObjectID', 'Name'],
        filters: [{ property: 'Name', operator: 'startswith', value: "O'N", join: 'and' }],
        top: 10,
        skip: 20,
        format: 'json',
      },
    });
    const byKey = Object.fromEntries(h.fields.map((f) => [f.key, f]));
    expect(h.fields.map((f) => f.label)).toEqual([
      'Address',
      'Proxy Type',
      'Authentication',
      'Private Key Alias',
      'Keystore alias',
      'CSRF Protected',
      'Resource Path',
      'Query Options',
      'EDMX file',
    ]);
    expect(byKey.address?.value).toBe('https://my123.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi');
    expect(byKey.proxyType?.value).toBe('Internet');
    expect(byKey.authentication?.value).toBe('Client Certificate');
    expect(byKey.privateKeyAlias?.value).toBe('cpi_dev_key_2025');
    expect(byKey.csrfProtected?.value).toBe('Off');
    expect(byKey.resourcePath?.value).toBe('CorporateAccountCollection');
    // Not encoded, no $format, no $skip: the adapter does those itself.
    expect(byKey.queryOptions?.value).toBe("$select=ObjectID,Name&$filter=startswith(Name,'O''N')&$top=10");
    expect(h.text).toContain('Private Key Alias');
    expect(h.text).toContain('cpi_dev_key_2025');
  });

  it('names a credential artifact for basic auth and never holds a password', () => {
    const h = buildHandover({ ...base, auth: { method: 'basic', user: '_CPI_DEV1234' }, query: null });
    const labels = h.fields.map((f) => f.label);
    expect(labels).toContain('Credential Name');
    expect(labels).not.toContain('Private Key Alias');
    expect(h.fields.find((f) => f.key === 'authentication')?.value).toBe('Basic');
    expect(h.text).not.toMatch(/password\s*[:=]/i);
  });

  it('makes keystore aliases CPI accepts', () => {
    expect(aliasFor('  Müller Key (2025)! ')).toBe('m_ller_key_2025');
    expect(aliasFor('!!!')).toBe('c4c_key_pair');
  });
});
