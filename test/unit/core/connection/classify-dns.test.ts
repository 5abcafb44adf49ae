import { describe, expect, it } from 'vitest';
import { classifyConnectFailure } from '../../../../electron/core/connection/classify';
import { ConnectFailure } from '../../../../electron/core/connection/connector';
import { sayMessage } from '../../../../shared/messages/say';

/** The finding's lines as the English UI says them. */
const english = (lines: { key: string; params?: Record<string, string | number> }[]) =>
  lines.map((l) => sayMessage('en', l));

const dnsFailure = (code: string) =>
  new ConnectFailure('dns', Object.assign(new Error(`getaddrinfo ${code}`), { code }), false);

describe('DNS diagnosis', () => {
  it('names the host it looked up', () => {
    const f = classifyConnectFailure(dnsFailure('ENOTFOUND'), null, null, 'my123456.crm.example.com');
    expect(f.code).toBe('DNS_NOT_FOUND');
    expect(english(f.lines)).toEqual(['No address was found for my123456.crm.example.com (ENOTFOUND).']);
  });

  it('asks "did you mean" for a near miss of crm.ondemand.com', () => {
    const f = classifyConnectFailure(dnsFailure('ENOTFOUND'), null, null, 'my123456.crm.ondemand.con');
    expect(english(f.lines)).toContain('Did you mean my123456.crm.ondemand.com?');
  });

  it('names the host when the name server does not answer', () => {
    const f = classifyConnectFailure(dnsFailure('EAI_AGAIN'), null, null, 'my123456.crm.ondemand.com');
    expect(english(f.lines)[0]).toContain('my123456.crm.ondemand.com');
  });
});
