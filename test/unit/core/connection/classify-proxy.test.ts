import { describe, expect, it } from 'vitest';
import { classifyConnectFailure } from '../../../../electron/core/connection/classify';
import { ConnectFailure } from '../../../../electron/core/connection/connector';
import { noProxyFacts, type ProxyFacts } from '../../../../electron/core/connection/proxy-tunnel';
import { sayMessage } from '../../../../shared/messages/say';

const refused = (authenticate: string[], more: Partial<ProxyFacts> = {}) =>
  new ConnectFailure(
    'tcp',
    Object.assign(new Error('The proxy answered 407 to CONNECT.'), { code: 'EPROXY' }),
    true,
    407,
    { ...noProxyFacts(), via: 'http://proxy.corp:8080', source: 'manual', authenticate, ...more },
  );

const said = (f: ConnectFailure, lang: 'en' | 'de' = 'en') =>
  classifyConnectFailure(f, null, null, 'my123456.crm.ondemand.com').lines.map((l) => sayMessage(lang, l));

describe('proxy sign-on diagnosis', () => {
  it('Basic offered beside Negotiate: asks for the user and password (Basic is what is spoken)', () => {
    expect(said(refused(['Negotiate', 'Basic']))[0]).toMatch(/needs a user and password \(407\)/);
  });

  it('a scheme other than Basic or Windows sign-on is named as unsupported', () => {
    const [first] = said(refused(['Digest']));
    expect(first).toContain('sign-on by Digest, which C4C Connect does not support');
    expect(first).toContain('my123456.crm.ondemand.com');
  });

  it('a 407 without Proxy-Authenticate keeps the general line', () => {
    expect(said(refused([]))[0]).toBe(
      'The proxy asks for a user and password (407): add them to the proxy settings.',
    );
  });

  it('entries tried before are listed after the main line, in German too', () => {
    const tried = [{ via: 'http://a.corp:8080', stage: 'tcp' as const, error: 'ECONNREFUSED' }];
    const de = said(refused(['NTLM'], { source: 'system', tried }), 'de');
    expect(de[0]).toContain('Windows-Anmeldung (NTLM)');
    expect(de[1]).toBe('Vorher versucht, ohne Erfolg: http://a.corp:8080 (ECONNREFUSED).');
  });
});
