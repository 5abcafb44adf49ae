/** URLs fit for a message, the history and the support report: no user, password, secret value or fragment. */
import { describe, expect, it } from 'vitest';
import { redactLocation, redactUrl } from '../../../../electron/core/connection/redact';

const base = 'https://my123456.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi/';

describe('redactUrl', () => {
  it('drops the fragment, where an identity provider puts its tokens', () => {
    const out = redactUrl('https://idp.example/cb#access_token=abc&id_token=def');
    expect(out).toBe('https://idp.example/cb');
  });

  it("hides SAP's sap-password parameter", () => {
    expect(redactUrl('https://h.example/x?sap-user=u&sap-password=geheim')).toBe(
      'https://h.example/x?sap-user=u&sap-password=%28hidden%29',
    );
  });
});

describe('redactUrl on text that is not a URL', () => {
  it('cuts the user part even when the password holds a slash or the path an @', () => {
    // "se/cret" makes the port read "se": the text does not parse, the fallback must still cut it.
    expect(redactUrl('http://user:se/cret@proxy.example:8080')).toBe('http://proxy.example:8080');
    expect(redactUrl('http://u:p@h.example:99999/a@b')).not.toContain('u:p');
  });
});

describe('redactLocation', () => {
  it('resolves a relative Location against the request before redacting it', () => {
    const out = redactLocation('/saml2/sp/acs?SAMLResponse=abc&RelayState=x', base);
    expect(out).toBe(
      'https://my123456.crm.ondemand.com/saml2/sp/acs?SAMLResponse=%28hidden%29&RelayState=%28hidden%29',
    );
  });

  it('redacts an absolute Location as any URL, and a path-relative one against the service root', () => {
    expect(redactLocation('https://u:p@idp.example/sso?SAMLRequest=abc', base)).toBe(
      'https://idp.example/sso?SAMLRequest=%28hidden%29',
    );
    expect(redactLocation('logon?sap-password=x#id_token=y', base)).toBe(
      `${base}logon?sap-password=%28hidden%29`,
    );
  });

  it('keeps nothing of a value that cannot be read as an address', () => {
    expect(redactLocation('http://[bad?SAMLResponse=abc', base)).not.toContain('abc');
  });
});
