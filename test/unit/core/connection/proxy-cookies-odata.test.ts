import { describe, expect, it } from 'vitest';
import { CookieJar } from '../../../../electron/core/connection/cookies';
import { checkOData } from '../../../../electron/core/connection/odata-check';
import { bypassesProxy, chooseRoute, routeFromPac } from '../../../../electron/core/connection/proxy';

describe('proxy route', () => {
  it('reads the first usable PAC entry, skipping SOCKS', () => {
    expect(routeFromPac('DIRECT')).toEqual({ kind: 'direct' });
    const r = routeFromPac('SOCKS5 s:1080; PROXY proxy.corp:8080; DIRECT');
    expect(r.kind === 'proxy' && r.url.host).toBe('proxy.corp:8080');
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
