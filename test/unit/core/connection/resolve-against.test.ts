import { describe, expect, it } from 'vitest';
import { resolveAgainst } from '../../../../electron/core/connection/tenant-client';

// The connection test's GETs join paths to the service root the way axios's baseURL does for the
// download and queries, so both doors ask for the same address.
describe('resolveAgainst', () => {
  const withSlash = new URL('https://my123456.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi/');
  const withoutSlash = new URL('https://my123456.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi');

  it('the root itself for an empty path', () => {
    expect(resolveAgainst(withSlash, '').href).toBe(withSlash.href);
    expect(resolveAgainst(withoutSlash, '').href).toBe(withoutSlash.href);
  });

  it('$metadata below the root, with or without its trailing slash', () => {
    const want = 'https://my123456.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi/$metadata';
    expect(resolveAgainst(withSlash, '$metadata').href).toBe(want);
    expect(resolveAgainst(withoutSlash, '$metadata').href).toBe(want);
    expect(resolveAgainst(withSlash, '/$metadata').href).toBe(want);
  });

  it('an absolute URL on the tenant as it is; another host never (it would get the credentials)', () => {
    expect(resolveAgainst(withSlash, 'https://my123456.crm.ondemand.com/x?y=1').href).toBe(
      'https://my123456.crm.ondemand.com/x?y=1',
    );
    expect(() => resolveAgainst(withSlash, 'https://other.example/x?y=1')).toThrow(/another host/);
    expect(() => resolveAgainst(withSlash, 'http://my123456.crm.ondemand.com/x')).toThrow(/another host/);
  });
});
