/**
 * Which way a request goes: direct, or through an HTTP(S) proxy. Manual proxies honour a NO_PROXY
 * list; the system proxy arrives as Electron's PAC-style answer ("PROXY h:p; DIRECT").
 */
import type { ProxyChoice } from './target';

export type Route = { kind: 'direct' } | { kind: 'proxy'; url: URL; source: 'manual' | 'system' };

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
 * The first usable entry of a PAC answer. SOCKS entries are skipped (not supported here); Chromium
 * would fall back to later entries when one fails, this takes the first one only.
 */
export function routeFromPac(answer: string): Route {
  for (const part of answer.split(';')) {
    const [kind = '', where] = part.trim().split(/\s+/);
    const k = kind.toUpperCase();
    if (k === 'DIRECT') return { kind: 'direct' };
    if ((k === 'PROXY' || k === 'HTTP' || k === 'HTTPS') && where) {
      const scheme = k === 'HTTPS' ? 'https' : 'http';
      return { kind: 'proxy', url: new URL(`${scheme}://${where}`), source: 'system' };
    }
  }
  return { kind: 'direct' };
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
