import { describe, expect, it } from 'vitest';
import { isC4cTenantHost, normaliseTenantHost } from '../../../../electron/core/connections/tenant-host';
import { CodedError } from '../../../../shared/result';

const refused = (input: string): string => {
  try {
    normaliseTenantHost(input);
  } catch (error) {
    expect(error).toBeInstanceOf(CodedError);
    expect((error as CodedError).code).toBe('BAD_INPUT');
    return (error as CodedError).message;
  }
  throw new Error(`"${input}" was accepted`);
};

describe('normaliseTenantHost', () => {
  it.each([
    ['my123456.crm.ondemand.com', 'my123456.crm.ondemand.com'],
    ['https://my123456.crm.ondemand.com/', 'my123456.crm.ondemand.com'],
    ['  HTTPS://MY123456.CRM.ONDEMAND.COM  ', 'my123456.crm.ondemand.com'],
    ['https://my123456.crm.ondemand.com:443', 'my123456.crm.ondemand.com'],
    ['crm.example.com', 'crm.example.com'],
    ['c4c-test.example.co.uk/', 'c4c-test.example.co.uk'],
    ['127.0.0.1:8443', '127.0.0.1:8443'],
    ['localhost:44300', 'localhost:44300'],
    ['[::1]:8443', '[::1]:8443'],
  ])('accepts %j as %s', (input, host) => {
    expect(normaliseTenantHost(input).host).toBe(host);
  });

  it('recognises a standard C4C tenant host and its id', () => {
    expect(normaliseTenantHost('https://my123456.crm.ondemand.com/').c4cTenantId).toBe('my123456');
    expect(normaliseTenantHost('crm.example.com').c4cTenantId).toBeNull();
    expect(normaliseTenantHost('my12345.crm.ondemand.com').c4cTenantId).toBeNull();
    expect(isC4cTenantHost('MY654321.crm.ondemand.com')).toBe(true);
    expect(isC4cTenantHost('my654321.crm.ondemand.com.evil.test')).toBe(false);
  });

  it('refuses http with a sentence that says HTTPS only', () => {
    expect(refused('http://my123456.crm.ondemand.com')).toMatch(/HTTPS only/);
    expect(refused('ftp://my123456.crm.ondemand.com')).toMatch(/HTTPS only/);
  });

  it('refuses a user or password in the address and points to the vault', () => {
    expect(refused('https://_TECH:secret@my123456.crm.ondemand.com')).toMatch(/vault/);
    expect(refused('https://_TECH@my123456.crm.ondemand.com')).toMatch(/Remove the user/);
  });

  it('keeps the host of any C4C URL a consultant has: browser logon, service and $metadata URLs', () => {
    const browser = normaliseTenantHost(
      'https://my123456.crm.ondemand.com/sap/ap/ui/clogin?saml2=disabled&app.component=%2fSAP_UI_CT%2fMain%2froot.uiccwoc',
    );
    expect(browser).toEqual({
      host: 'my123456.crm.ondemand.com',
      c4cTenantId: 'my123456',
      servicePath: null,
      suggestion: null,
    });
    expect(normaliseTenantHost('my123456.crm.ondemand.com?sap-client=100').host).toBe(
      'my123456.crm.ondemand.com',
    );
    expect(normaliseTenantHost('my123456.crm.ondemand.com#top').servicePath).toBeNull();
  });

  it('hands back the service path of a service or $metadata URL for the arrangement', () => {
    expect(
      normaliseTenantHost('https://my123456.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi/').servicePath,
    ).toBe('/sap/c4c/odata/v1/c4codataapi/');
    expect(
      normaliseTenantHost(
        'https://my123456.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi/$metadata?sap-label=true',
      ),
    ).toMatchObject({ host: 'my123456.crm.ondemand.com', servicePath: '/sap/c4c/odata/v1/c4codataapi/' });
    expect(
      normaliseTenantHost(
        '127.0.0.1:8443/sap/c4c/odata/cust/v1/accounthierarchylist/AccountCollection?$top=5',
      ),
    ).toMatchObject({ host: '127.0.0.1:8443', servicePath: '/sap/c4c/odata/cust/v1/accounthierarchylist/' });
  });

  it('suggests crm.ondemand.com for a near miss, and nothing for real custom domains', () => {
    expect(normaliseTenantHost('my123456.crm.ondemand.con').suggestion).toBe('my123456.crm.ondemand.com');
    expect(normaliseTenantHost('https://my123456.crm.ondemnd.com/').suggestion).toBe(
      'my123456.crm.ondemand.com',
    );
    expect(normaliseTenantHost('my123456.crm.ondemand.com').suggestion).toBeNull();
    expect(normaliseTenantHost('crm.example.com').suggestion).toBeNull();
    expect(normaliseTenantHost('sales.crm.mycompany.com').suggestion).toBeNull();
  });

  it('refuses empty, spaced and malformed host names with a plain sentence', () => {
    expect(refused('')).toMatch(/Enter the tenant address/);
    expect(refused('my123456 .crm.ondemand.com')).toMatch(/spaces/);
    expect(refused('my_tenant.example.com')).toMatch(/not a valid/);
    expect(refused('-bad.example.com')).toMatch(/not a valid/);
    expect(refused('example..com')).toMatch(/not a valid/);
    expect(refused('https://')).toMatch(/not a valid/);
    expect(refused('my123456.crm.ondemand.com:99999')).toMatch(/not a valid/);
    expect(refused('999.1.1.1')).toMatch(/not a valid/);
  });
});
