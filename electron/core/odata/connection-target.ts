/**
 * From a saved connection to what the OData client needs: the service root and a TenantTarget with
 * the credentials read just in time (key pair from the vault, or the password), never kept.
 */
import type { Connection } from '../../../shared/domain/connection';
import { codedError } from '../../../shared/result';
import type { TenantTarget, TestCredentials } from '../connection/target';
import { ownedPasswordId, ownedProxyPasswordId } from '../connections/secret-ownership';

export const DEFAULT_SERVICE_PATH = '/sap/c4c/odata/v1/c4codataapi/';

export interface ConnectionSources {
  getConnection(id: string): Promise<Connection | null> | Connection | null;
  /** Key and chain of a key pair (leaf first). */
  tlsMaterial(keyPairId: string): Promise<{ keyPem: string; chainPem: string[]; notAfter: string }>;
  keyPairName(keyPairId: string): string | null;
  /** A password from the vault. */
  secretText(secretId: string): Promise<string | null>;
  /** The system proxy for a URL, PAC style ("DIRECT", "PROXY host:port"). */
  resolveSystemProxy(url: string): Promise<string>;
}

const rootOf = (host: string, path: string): string =>
  `https://${host}${path.startsWith('/') ? '' : '/'}${path}${path.endsWith('/') ? '' : '/'}`;

export function serviceRootOf(connection: Connection): string {
  return rootOf(connection.tenantHost, connection.arrangement.services[0]?.path || DEFAULT_SERVICE_PATH);
}

/** Every service of the arrangement with its root URL, in the arrangement's order. */
export function serviceRootsOf(connection: Connection): { service: string; url: string }[] {
  const services = connection.arrangement.services.filter((s) => s.path);
  if (services.length === 0) return [{ service: 'c4codataapi', url: serviceRootOf(connection) }];
  return services.map((s) => ({ service: s.name, url: rootOf(connection.tenantHost, s.path) }));
}

export async function loadConnection(sources: ConnectionSources, id: string): Promise<Connection> {
  const connection = await sources.getConnection(id);
  if (!connection) throw codedError('NOT_FOUND', 'odata.connectionGone');
  return connection;
}

async function credentialsOf(sources: ConnectionSources, c: Connection): Promise<TestCredentials> {
  if (c.auth.method === 'client-certificate') {
    if (!c.auth.keyPairId)
      throw codedError('NOT_FOUND', 'odata.noKeyPair');
    const tls = await sources.tlsMaterial(c.auth.keyPairId);
    return {
      kind: 'client-certificate',
      keyPem: tls.keyPem,
      chainPem: tls.chainPem.join('\n'),
      notAfter: tls.notAfter,
    };
  }
  // Only the vault id derived for this connection is read: a foreign pointer is refused, not sent.
  const secretId = ownedPasswordId(c);
  const password = secretId ? await sources.secretText(secretId) : null;
  if (password === null)
    throw codedError('NOT_FOUND', 'odata.noPassword');
  return { kind: 'basic', user: c.auth.user, password };
}

/** The target of the connection's first service, or of `url` (another service root of the same tenant). */
export async function targetOf(
  sources: ConnectionSources,
  c: Connection,
  url = serviceRootOf(c),
): Promise<TenantTarget> {
  let proxy: TenantTarget['proxy'] = { kind: 'none' };
  if (c.proxy.mode === 'system') proxy = { kind: 'pac', answer: await sources.resolveSystemProxy(url) };
  else if (c.proxy.mode === 'manual') {
    let u: URL;
    try {
      u = new URL(c.proxy.url);
    } catch {
      throw codedError('BAD_INPUT', 'odata.proxyInvalid');
    }
    if (c.proxy.user) {
      // Percent-encoded here, decoded once where the CONNECT is sent (proxy-tunnel.ts): the URL
      // setters leave "%" as it is, so "p%41ss" would otherwise be sent as "pAss".
      u.username = encodeURIComponent(c.proxy.user);
      const proxySecretId = ownedProxyPasswordId(c);
      const pw = proxySecretId ? await sources.secretText(proxySecretId) : null;
      if (pw) u.password = encodeURIComponent(pw);
    }
    proxy = { kind: 'url', url: u.href, noProxy: c.proxy.noProxy };
  }
  return {
    url,
    credentials: await credentialsOf(sources, c),
    trust: { extraCaPem: c.trust.extraCaPem, useOsTrustStore: c.trust.useOsTrustStore },
    proxy,
    fetchCsrfToken: c.fetchCsrfToken,
    timeoutMs: c.timeoutSeconds * 1000,
  };
}
