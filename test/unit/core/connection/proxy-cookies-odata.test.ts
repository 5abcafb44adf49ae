import { describe, expect, it } from 'vitest';
import { CookieJar } from '../../../../electron/core/connection/cookies';
import { checkOData } from '../../../../electron/core/connection/odata-check';
import {
  bypassesProxy,
  chooseRoute,
  hopLabel,
  hopsOf,
  routeFromPac,
} from '../../../../electron/core/connection/proxy';
import { authSchemes } from '../../../../electron/core/connection/proxy-tunnel';

describe('proxy route', () => {
  it('reads the PAC entries in order, skipping SOCKS, with the later ones as fallbacks', () => {
    expect(routeFromPac('DIRECT')).toEqual({ kind: 'direct' });
    expect(routeFromPac('')).toEqual({ kind: 'direct' });
    const r = routeFromPac('SOCKS5 s:1080; PROXY proxy.corp:8080; HTTPS p2.corp:443; DIRECT');
    expect(hopsOf(r).map(hopLabel)).toEqual(['http://proxy.corp:8080', 'https://p2.corp', 'DIRECT']);
    expect(routeFromPac('DIRECT; PROXY p:1').kind).toBe('direct');
    expect(hopsOf(routeFromPac('DIRECT; PROXY p:1')).map(hopLabel)).toEqual(['DIRECT', 'http://p:1']);
  });
  it('SOCKS only is a route of its own, not DIRECT', () => {
    expect(routeFromPac('SOCKS5 s:1080; SOCKS t:1081')).toEqual({
      kind: 'socks-only',
      offered: ['SOCKS5 s:1080', 'SOCKS t:1081'],
    });
    expect(hopsOf(routeFromPac('SOCKS5 s:1080'))).toEqual([]);
  });
  it('never takes a user and password from a PAC entry', () => {
    const r = routeFromPac('PROXY u:secret@p.corp:8080; SOCKS5 u:secret@s:1080; DIRECT');
    expect(r.kind === 'proxy' && r.url.username + r.url.password).toBe('');
    expect(JSON.stringify(routeFromPac('SOCKS5 u:secret@s:1080'))).not.toContain('secret');
  });
  it("reads the sign-on schemes of a proxy's 407, never their tokens", () => {
    expect(authSchemes(['Negotiate', 'NTLM'])).toEqual(['Negotiate', 'NTLM']);
    expect(authSchemes(['Basic realm="corp, proxy", charset="UTF-8"'])).toEqual(['Basic']);
    expect(authSchemes(['Negotiate YIIBgwYGKwYBBQUCoIIBdzCCAXOgMDAuBgkqhkiC9xIBAgIG==, NTLM'])).toEqual([
      'Negotiate',
      'NTLM',
    ]);
    expect(authSchemes(['Digest realm="x", qop="auth", nonce="abc"', 'basic realm=y'])).toEqual([
      'Digest',
      'basic',
    ]);
  });
  it('NO_PROXY: exact host, .domain and *.domain suffixes, ports, *', () => {
    expect(bypassesProxy('.ondemand.com', 'my1.crm.ondemand.com', 443)).toBe(true);
    expect(bypassesProxy('*.ondemand.com', 'my1.crm.ondemand.com', 443)).toBe(true);
    expect(bypassesProxy('ondemand.com', 'evilondemand.com', 443)).toBe(false);
    expect(bypassesProxy('my1.crm.ondemand.com:8443', 'my1.crm.ondemand.com', 443)).toBe(false);
    expect(bypassesProxy('*', 'anything', 1)).toBe(true);
    expect(chooseRoute({ kind: 'url', url: 'proxy:3128', noProxy: '' }, 'h', 443)).toMatchObject({
      kind: 'proxy',
    });
  });
});

describe('cookie jar', () => {
  it('keeps cookies, replaces by name and drops expired ones', () => {
    const jar = new CookieJar();
    jar.store(['SAP_SESSIONID=abc; path=/; HttpOnly', 'sap-usercontext=sap-client=100; path=/']);
    jar.store('SAP_SESSIONID=def; Secure');
    expect(jar.header()).toBe('SAP_SESSIONID=def; sap-usercontext=sap-client=100');
    jar.store('sap-usercontext=; Max-Age=0');
    expect(jar.header()).toBe('SAP_SESSIONID=def');
  });
});

describe('OData V2 check', () => {
  it('Atom service document, JSON d.EntitySets, $metadata, V4 and HTML', () => {
    expect(
      checkOData({ dataserviceversion: '2.0' }, '<app:service><app:collection href="A"/></app:service>'),
    ).toMatchObject({ isODataV2: true, entitySets: 1 });
    expect(checkOData({}, '{"d":{"EntitySets":["A","B"]}}')).toMatchObject({
      isODataV2: true,
      entitySets: 2,
    });
    expect(checkOData({}, '<edmx:Edmx Version="1.0"><EntitySet Name="A"/></edmx:Edmx>')).toMatchObject({
      isODataV2: true,
      kind: 'metadata',
    });
    expect(checkOData({ 'odata-version': '4.0' }, '{"@odata.context":"x","value":[]}').isODataV2).toBe(false);
    expect(checkOData({ 'content-type': 'text/html' }, '<html></html>').reason).toBe('an HTML page');
  });
});
