/**
 * The lines of a proxy's refusal: SOCKS only, the sign-on a 407 asks for (only Basic is spoken,
 * proxy-tunnel.ts), another answer to CONNECT, or a proxy that could not be reached; and the entries
 * of the system proxy tried before the last one.
 */
import type { Message, MessageKey, Params } from '../../../shared/messages/say';
import type { ConnectFailure } from './connector';
import type { ProxyFacts } from './proxy-tunnel';

const line = (key: MessageKey, params?: Params): Message => (params ? { key, params } : { key });

/** Windows sign-on: Negotiate (Kerberos or NTLM, RFC 4559) and NTLM itself. */
const WINDOWS = /^(negotiate|ntlm|kerberos)$/i;

function signOnLine(p: ProxyFacts, proxy: string, host: string): Message {
  const schemes = p.authenticate;
  if (schemes.some((s) => s.toLowerCase() === 'basic')) {
    if (p.credentialsSent) return line('finding.proxy407Refused', { proxy });
    return line(p.source === 'system' ? 'finding.proxy407System' : 'finding.proxy407Manual', { proxy });
  }
  const windows = schemes.filter((s) => WINDOWS.test(s));
  if (windows.length) return line('finding.proxy407Windows', { proxy, schemes: windows.join(', '), host });
  if (schemes.length)
    return line('finding.proxy407Unsupported', { proxy, schemes: schemes.join(', '), host });
  return line('finding.proxy407');
}

/** Why the proxy did not pass the connection on (a failure in the tcp stage, through a proxy). */
export function proxyRefusalLines(f: ConnectFailure, proxy: string, host: string): Message[] {
  const p = f.proxy;
  if (p.socksOnly) return [line('finding.proxySocksOnly', { offered: p.socksOnly.join('; '), host })];
  if (f.proxyStatus === 407) return [signOnLine(p, proxy, host)];
  if (f.proxyStatus !== null) return [line('finding.proxyStatus', { status: f.proxyStatus })];
  if (p.proxyTlsFailed) {
    const name = URL.canParse(proxy) ? new URL(proxy).hostname.replace(/^\[|\]$/g, '') : proxy;
    return [line('finding.proxyTlsToProxy', { proxy, name, code: f.cause.code || f.cause.message })];
  }
  return [line('finding.proxyUnreachable', { proxy, code: f.cause.code || f.cause.message })];
}

/** The entries tried before the last one, each with its error (no user or password: labels only). */
export function triedLines(f: ConnectFailure): Message[] {
  const tried = f.proxy.tried;
  if (!tried.length) return [];
  return [line('finding.proxiesTried', { tried: tried.map((t) => `${t.via} (${t.error})`).join(', ') })];
}
