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

  it('refuses a path, query or fragment and says the service path belongs to the arrangement', () => {
    expect(refused('https://my123456.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi/')).toMatch(
      /without a path/,
    );
    expect(refused('my123456.crm.ondemand.com?sap-client=100')).toMatch(/without a path/);
    expect(refused('my123456.crm.ondemand.com#top')).toMatch(/without a path/);
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
