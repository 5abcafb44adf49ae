/**
 * What the user types as "tenant" becomes one normalised host: `my123456.crm.ondemand.com`, a custom
 * domain, or host:port (the practice tenant, a test system). Only HTTPS; no user or password in the
 * address (those belong in the vault), no path (the service path is part of the arrangement).
 */
import { CodedError } from '../../../shared/result';

export interface TenantHost {
  /** Lower-case host, with `:port` only when it is not 443. */
  host: string;
  /** The C4C tenant id ("my123456") when the host is a standard C4C tenant host. */
  c4cTenantId: string | null;
}

const C4C_TENANT = /^(my\d{6})\.crm\.ondemand\.com$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

const bad = (message: string) => new CodedError('BAD_INPUT', message);

/** True for a standard C4C tenant host, e.g. my123456.crm.ondemand.com. */
export const isC4cTenantHost = (host: string): boolean =>
  C4C_TENANT.test(host.toLowerCase().replace(/:443$/, ''));

export function normaliseTenantHost(input: string): TenantHost {
  const text = input.trim();
  if (text === '') throw bad('Enter the tenant address, for example my123456.crm.ondemand.com.');
  if (/\s/.test(text))
    throw bad('The tenant address cannot contain spaces. Enter it like my123456.crm.ondemand.com.');
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'https') {
    throw bad(
      `C4C tenants are reached over HTTPS only; "${scheme}://" is not possible. Use https:// or just the host name.`,
    );
  }
  let url: URL;
  try {
    url = new URL(scheme ? text : `https://${text}`);
  } catch {
    throw bad(`"${text}" is not a valid tenant address. Enter it like my123456.crm.ondemand.com.`);
  }
  if (url.username || url.password) {
    throw bad(
      "Remove the user and password from the tenant address; they belong in the connection's authentication, where the password is kept in the vault.",
    );
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    throw bad(
      'Enter only the tenant host (like my123456.crm.ondemand.com), without a path; the service path (/sap/c4c/odata/v1/c4codataapi/) is part of the arrangement.',
    );
  }
  const hostname = url.hostname.toLowerCase();
  const ipv6 = hostname.startsWith('[');
  if (!ipv6 && !IPV4.test(hostname)) {
    const labels = hostname.split('.');
    if (labels.some((l) => !LABEL.test(l)) || /^\d+$/.test(labels[labels.length - 1] ?? '')) {
      throw bad(`"${text}" is not a valid host name. Enter it like my123456.crm.ondemand.com.`);
    }
  }
  // URL drops :443 for https already; any other port stays.
  const host = url.port ? `${hostname}:${url.port}` : hostname;
  return { host, c4cTenantId: C4C_TENANT.exec(hostname)?.[1] ?? null };
}
