/**
 * What the user types as "tenant" becomes one normalised host: `my123456.crm.ondemand.com`, a custom
 * domain, or host:port (the practice tenant, a test system). Only HTTPS; no user or password in the
 * address (those belong in the vault). Any path is accepted so a consultant can paste what the
 * browser shows (the C4C logon URL `…/sap/ap/ui/clogin?…`), a service URL or a `$metadata` URL: the
 * host is kept, and a C4C OData service path is handed back for the arrangement's services.
 *
 * C4C tenant URLs look like https://myXXXXXX.crm.ondemand.com (SAP KBA 2595989,
 * https://apps.support.sap.com/sap/support/knowledge/public/E/2595989); OData services live under
 * /sap/c4c/odata/v1/<service>/ and custom ones under /sap/c4c/odata/cust/v1/<service>/
 * (SAP's C4C OData API developer guide, https://github.com/SAP/C4CODATAAPIDEVGUIDE).
 */
import { codedError } from '../../../shared/result';
import type { MessageKey, Params } from '../../../shared/messages/say';

export interface TenantHost {
  /** Lower-case host, with `:port` only when it is not 443. */
  host: string;
  /** The C4C tenant id ("my123456") when the host is a standard C4C tenant host. */
  c4cTenantId: string | null;
  /** The OData service root when the address was a service or `$metadata` URL, e.g. /sap/c4c/odata/v1/c4codataapi/. */
  servicePath: string | null;
  /** A near miss of crm.ondemand.com ("…ondemand.con"): the host the user most likely meant. */
  suggestion: string | null;
}

const C4C_TENANT = /^(my\d{6})\.crm\.ondemand\.com$/;
const C4C_DOMAIN = 'crm.ondemand.com';
const SERVICE_PATH = /^\/sap\/c4c\/odata\/(?:cust\/)?v1\/[^/$?#]+/i;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

const bad = (key: MessageKey, params?: Params) => codedError('BAD_INPUT', key, params);

/** True for a standard C4C tenant host, e.g. my123456.crm.ondemand.com. */
export const isC4cTenantHost = (host: string): boolean =>
  C4C_TENANT.test(host.toLowerCase().replace(/:443$/, ''));

/** Edit distance (insert, delete, replace), enough to spot a typo in a domain. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/** my123456.crm.ondemand.con -> my123456.crm.ondemand.com; null when the host is not a near miss. */
export function nearMissOfC4c(hostname: string): string | null {
  const labels = hostname.split('.');
  if (labels.length < 3) return null;
  const tail = labels.slice(-3).join('.');
  if (tail === C4C_DOMAIN) return null;
  const d = distance(tail, C4C_DOMAIN);
  if (d === 0 || d > 2) return null;
  return [...labels.slice(0, -3), C4C_DOMAIN].join('.');
}

function servicePathOf(pathname: string): string | null {
  const match = SERVICE_PATH.exec(pathname);
  return match ? `${match[0]}/` : null;
}

export function normaliseTenantHost(input: string): TenantHost {
  const text = input.trim();
  if (text === '') throw bad('tenant.empty');
  if (/\s/.test(text))
    throw bad('tenant.spaces');
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'https') {
    throw bad('tenant.scheme', { scheme });
  }
  let url: URL;
  try {
    url = new URL(scheme ? text : `https://${text}`);
  } catch {
    throw bad('tenant.invalid', { text });
  }
  if (url.username || url.password) {
    throw bad('tenant.credentials');
  }
  const hostname = url.hostname.toLowerCase();
  const ipv6 = hostname.startsWith('[');
  if (!ipv6 && !IPV4.test(hostname)) {
    const labels = hostname.split('.');
    if (labels.some((l) => !LABEL.test(l)) || /^\d+$/.test(labels[labels.length - 1] ?? '')) {
      throw bad('tenant.badHost', { host: url.host || text });
    }
  }
  // URL drops :443 for https already; any other port stays.
  const host = url.port ? `${hostname}:${url.port}` : hostname;
  const near = nearMissOfC4c(hostname);
  return {
    host,
    c4cTenantId: C4C_TENANT.exec(hostname)?.[1] ?? null,
    servicePath: servicePathOf(url.pathname),
    suggestion: near ? (url.port ? `${near}:${url.port}` : near) : null,
  };
}
