/**
 * Which way a request goes: direct, or through an HTTP(S) proxy. Manual proxies honour a NO_PROXY
 * list; the system proxy arrives as Electron's PAC-style answer ("PROXY h:p; DIRECT"), whose
 * entries are tried in order.
 */
import type { ProxyChoice } from './target';

/** One way to the tenant: straight, or through one HTTP(S) proxy. */
export type Hop = { kind: 'direct' } | { kind: 'proxy'; url: URL; source: 'manual' | 'system' };

/**
 * The way a connection takes: a hop, with the system proxy's later entries as `fallbacks` (tried in
 * order when the ones before cannot be reached), or `socks-only` when the system proxy offered
 * nothing but SOCKS (`offered`: those entries, for the diagnosis).
 */
export type Route = (Hop & { fallbacks?: Hop[] }) | { kind: 'socks-only'; offered: string[] };

/** NO_PROXY entries: `*`, `host`, `.domain`, `*.domain`, each optionally with `:port`. */
export function bypassesProxy(noProxy: string, host: string, port: number): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return true;
    const [name = '', entryPort] = /^\[?[^\]]*\]?:\d+$/.test(entry)
      ? [entry.slice(0, entry.lastIndexOf(':')), entry.slice(entry.lastIndexOf(':') + 1)]
      : [entry, undefined];
    if (entryPort !== undefined && Number(entryPort) !== port) continue;
    const bare = name.replace(/^\*?\./, '').replace(/^\[|\]$/g, '');
    if (h === bare || h.endsWith(`.${bare}`)) return true;
  }
  return false;
}

/**
 * A PAC answer as a route: its entries in order, the first one leading and the rest as fallbacks.
 * Chromium tries the entries in order and falls back to the next when a proxy cannot be reached
 * (https://chromium.googlesource.com/chromium/src/+/main/net/http/proxy_fallback.h), so the
 * connector does the same (connector.ts). Electron's answer format ("PROXY h:p; HTTPS h:p; SOCKS5
 * h:p; DIRECT"): https://www.electronjs.org/docs/latest/api/session#sesresolveproxyurl
 * SOCKS is not spoken here: SOCKS entries are left out, and an answer with nothing but SOCKS becomes
 * a route of its own, so the test says so instead of going direct on a network that needs a proxy.
 */
export function routeFromPac(answer: string): Route {
  const hops: Hop[] = [];
  const socks: string[] = [];
  for (const part of answer.split(';')) {
    const [kind = '', where] = part.trim().split(/\s+/);
    const k = kind.toUpperCase();
    if (k === 'DIRECT') hops.push({ kind: 'direct' });
    else if ((k === 'PROXY' || k === 'HTTP' || k === 'HTTPS') && where) {
      const url = proxyUrl(k === 'HTTPS' ? 'https' : 'http', where);
      if (url) hops.push({ kind: 'proxy', url, source: 'system' });
    } else if (k.startsWith('SOCKS') && where) socks.push(`${k} ${redactedWhere(where)}`);
  }
  const [first, ...rest] = hops;
  if (!first) return socks.length ? { kind: 'socks-only', offered: socks } : { kind: 'direct' };
  return rest.length ? { ...first, fallbacks: rest } : first;
}

/** `host:port` of a PAC entry as a URL (never with a user and password), or null when it is not one. */
function proxyUrl(scheme: string, where: string): URL | null {
  try {
    const url = new URL(`${scheme}://${redactedWhere(where)}`);
    return url.hostname ? url : null;
  } catch {
    return null;
  }
}

/** A PAC entry's `host:port` without any user and password in front of it. */
const redactedWhere = (where: string): string => where.slice(where.lastIndexOf('@') + 1);

/** The entries a route tries, in order (none for SOCKS only). */
export function hopsOf(route: Route): Hop[] {
  if (route.kind === 'socks-only') return [];
  const { fallbacks, ...first } = route;
  return [first, ...(fallbacks ?? [])];
}

export function chooseRoute(choice: ProxyChoice, host: string, port: number): Route {
  switch (choice.kind) {
    case 'none':
      return { kind: 'direct' };
    case 'pac':
      return routeFromPac(choice.answer);
    case 'url': {
      if (bypassesProxy(choice.noProxy, host, port)) return { kind: 'direct' };
      const url = new URL(/^[a-z]+:\/\//i.test(choice.url) ? choice.url : `http://${choice.url}`);
      return { kind: 'proxy', url, source: 'manual' };
    }
  }
}

/** The proxy's address without user and password, for stage details and messages. */
export const proxyLabel = (url: URL): string => `${url.protocol}//${url.host}`;

/** A hop as stage details and messages name it: the proxy's address, or DIRECT. */
export const hopLabel = (hop: Hop): string => (hop.kind === 'proxy' ? proxyLabel(hop.url) : 'DIRECT');
