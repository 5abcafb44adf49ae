/**
 * Connections that travel: a versioned JSON file a consultant can hand to a colleague or keep in a
 * project folder. It never holds a secret: no password, no key pair (only its name, as a hint), no
 * vault id. Imported connections ask for their secrets again.
 */
import { X509Certificate } from 'node:crypto';
import { z } from 'zod';
import {
  Arrangement,
  CommunicationSystem,
  Environment,
  TrustSettings,
  type Connection,
} from '../../../shared/domain/connection';
import { NameText } from '../../../shared/domain/safe-text';
import { CodedError } from '../../../shared/result';

export const FILE_FORMAT = 'c4c-connect/connections';
export const FILE_VERSION = 1;
/** A real file holds a few connections; this keeps a wrong file from filling memory. */
export const MAX_FILE_CHARS = 2 * 1024 * 1024;

const TravelAuth = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('client-certificate'), keyPairName: z.string().max(100).nullable() }),
  z.strictObject({ method: z.literal('basic'), user: z.string().max(80) }),
]);

const TravelProxy = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('system') }),
  z.strictObject({ mode: z.literal('none') }),
  z.strictObject({
    mode: z.literal('manual'),
    url: z.string().max(400),
    user: z.string().max(80).nullable(),
    noProxy: z.string().max(1000),
  }),
]);

export const TravelConnection = z.strictObject({
  name: NameText(120),
  environment: Environment,
  tenantHost: z.string().min(1).max(255),
  system: CommunicationSystem.strict(),
  arrangement: Arrangement.strict(),
  auth: TravelAuth,
  proxy: TravelProxy,
  trust: TrustSettings.strict(),
  fetchCsrfToken: z.boolean(),
  timeoutSeconds: z.number().min(1).max(300),
});
export type TravelConnection = z.infer<typeof TravelConnection>;

export const ConnectionFile = z.strictObject({
  format: z.literal(FILE_FORMAT),
  version: z.literal(FILE_VERSION),
  exportedAt: z.string(),
  exportedBy: z.string(),
  connections: z.array(TravelConnection).min(1).max(500),
});
export type ConnectionFile = z.infer<typeof ConnectionFile>;

/** The travelling form of a connection: secrets and vault ids dropped, the key pair by name. */
export function toTravel(c: Connection, keyPairName: (id: string) => string | null): TravelConnection {
  const auth: TravelConnection['auth'] =
    c.auth.method === 'client-certificate'
      ? { method: 'client-certificate', keyPairName: c.auth.keyPairId ? keyPairName(c.auth.keyPairId) : null }
      : { method: 'basic', user: c.auth.user };
  const proxy: TravelConnection['proxy'] =
    c.proxy.mode === 'manual'
      ? { mode: 'manual', url: c.proxy.url, user: c.proxy.user, noProxy: c.proxy.noProxy }
      : { mode: c.proxy.mode };
  return TravelConnection.parse({
    name: c.name,
    environment: c.environment,
    tenantHost: c.tenantHost,
    system: { systemId: c.system.systemId, hostName: c.system.hostName, doneInC4c: c.system.doneInC4c },
    arrangement: {
      scenario: c.arrangement.scenario,
      services: c.arrangement.services.map((s) => ({ name: s.name, path: s.path })),
      technicalUser: c.arrangement.technicalUser,
      doneInC4c: c.arrangement.doneInC4c,
    },
    auth,
    proxy,
    trust: { extraCaPem: [...c.trust.extraCaPem], useOsTrustStore: c.trust.useOsTrustStore },
    fetchCsrfToken: c.fetchCsrfToken,
    timeoutSeconds: c.timeoutSeconds,
  });
}

export function writeConnectionFile(
  connections: readonly Connection[],
  keyPairName: (id: string) => string | null,
  appVersion: string,
  now = new Date(),
): string {
  const file: ConnectionFile = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    exportedAt: now.toISOString(),
    exportedBy: `C4C Connect ${appVersion}`,
    connections: connections.map((c) => toTravel(c, keyPairName)),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const BAD_FILE =
  'This file is not a C4C Connect connections file, or it is damaged. Nothing was imported; export the connections again and import that file.';

/**
 * Reads a connections file, all or nothing: any problem throws a CodedError and nothing is taken.
 * A newer version is named as such, so the user knows to update rather than re-export.
 */
export function readConnectionFile(text: string): ConnectionFile {
  if (text.length > MAX_FILE_CHARS) throw new CodedError('INVALID_EXPORT_FILE', BAD_FILE);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CodedError('INVALID_EXPORT_FILE', BAD_FILE);
  }
  const head = z.object({ format: z.literal(FILE_FORMAT), version: z.unknown() }).safeParse(json);
  if (!head.success) throw new CodedError('INVALID_EXPORT_FILE', BAD_FILE);
  if (head.data.version !== FILE_VERSION) {
    const v = typeof head.data.version === 'number' ? String(head.data.version) : 'unknown';
    throw new CodedError(
      'UNSUPPORTED_VERSION',
      `This connections file has version ${v}, which this version of C4C Connect cannot read. Nothing was imported; update C4C Connect and import it again.`,
      { version: v },
    );
  }
  const parsed = ConnectionFile.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    throw new CodedError('INVALID_EXPORT_FILE', BAD_FILE, { field: where });
  }
  return parsed.data;
}

/**
 * A travelling connection made local: a new id, no key pair and no password. The key pair's name in
 * the file is only a hint: linking a local key pair by a name the file chose would send that
 * client certificate to the file's host (issue 9); the user picks the key pair in Credentials.
 */
export function fromTravel(t: TravelConnection, ids: { newId: () => string; now: Date }): Connection {
  const stamp = ids.now.toISOString();
  const auth: Connection['auth'] =
    t.auth.method === 'client-certificate'
      ? { method: 'client-certificate', keyPairId: null }
      : { method: 'basic', user: t.auth.user, passwordSecretId: null };
  const proxy: Connection['proxy'] =
    t.proxy.mode === 'manual' ? { ...t.proxy, passwordSecretId: null } : { mode: t.proxy.mode };
  return {
    id: ids.newId(),
    name: t.name,
    environment: t.environment,
    tenantHost: t.tenantHost,
    system: t.system,
    arrangement: t.arrangement,
    auth,
    proxy,
    trust: t.trust,
    fetchCsrfToken: t.fetchCsrfToken,
    timeoutSeconds: t.timeoutSeconds,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/**
 * "Contact sync" -> "Contact sync (2)" when taken; used for imports and duplicates. `taken` holds
 * lower-case names: connection names are unique regardless of case.
 */
export function uniqueName(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted.toLowerCase())) return wanted;
  const base = wanted.replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, 110)} (${String(n)})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

export interface ImportTrust {
  /** Every host the file's connections would reach: tenants and manual proxies. */
  hosts: string[];
  /** The extra CA certificates the file asks to trust, as the user can check them. */
  certificates: { subject: string; fingerprint: string }[];
}

/**
 * What a connections file would trust, shown before anything is imported. A certificate that does
 * not parse makes the file bad (all or nothing), never silently trusted.
 */
export function trustOf(file: ConnectionFile): ImportTrust {
  const hosts = new Set<string>();
  const certificates = new Map<string, { subject: string; fingerprint: string }>();
  for (const c of file.connections) {
    hosts.add(c.tenantHost);
    if (c.proxy.mode === 'manual') hosts.add(c.proxy.url);
    for (const pem of c.trust.extraCaPem) {
      let cert: X509Certificate;
      try {
        cert = new X509Certificate(pem);
      } catch {
        throw new CodedError('INVALID_EXPORT_FILE', BAD_FILE, { field: 'trust.extraCaPem' });
      }
      certificates.set(cert.fingerprint256, {
        subject: cert.subject.split('\n').join(', '),
        fingerprint: cert.fingerprint256,
      });
    }
  }
  return { hosts: [...hosts], certificates: [...certificates.values()] };
}
