/**
 * TLS secure contexts, reused. Trust is Node's default root store (its bundled Mozilla roots, which
 * Electron's main process uses too: https://github.com/electron/electron/pull/35538) plus only what
 * the user chose for this connection (extra CA files, the OS trust store).
 *
 * Why not `ca: [...tls.rootCertificates, ...extra]`: Node parses each of the ~140 PEM roots again
 * for every such context (about 16 ms on a quiet machine here, 40 ms on a busy one), which made the
 * first test in a fresh process several times slower than curl. Without `ca`, Node trusts its
 * default store, parsed once per process and shared by every context
 * (https://nodejs.org/api/tls.html#tlscreatesecurecontextoptions: "If not specified, the CA
 * certificates trusted by default are the same as the ones returned by tls.getCACertificates()
 * using the default type"). Extra CAs are added to this context only: Node gives a context that
 * adds a CA its own copy of the default store (SecureContext::AddCACert ->
 * GetCertStoreOwnedByThisSecureContext), so one connection's CA never leaks into another's.
 * test/integration/connection/trust-store.test.ts holds both promises, in this process and with a
 * stand-in root (NODE_EXTRA_CA_CERTS) in a child. Verification is never switched off.
 *
 * `addCACert` is the native context's method (the one Node's own `ca` option calls); where it is
 * missing, the documented `ca` list (bundled roots + the chosen CAs) is the fallback, slower. Keyed by a SHA-256 of the inputs, so the map holds no PEM text; a few entries only.
 */
import { createHash } from 'node:crypto';
import tls from 'node:tls';

const MAX = 8;
const cache = new Map<string, tls.SecureContext>();

export interface ContextInput {
  /** PEM certificates trusted for this connection in addition to Node's default roots. */
  extraCa: readonly string[];
  key?: string | undefined;
  cert?: string | undefined;
}

type NativeContext = { addCACert?: (pem: string) => void };

function build(o: ContextInput): tls.SecureContext {
  const base: tls.SecureContextOptions = {
    minVersion: 'TLSv1.2',
    ...(o.key && o.cert ? { key: o.key, cert: o.cert } : {}),
  };
  const context = tls.createSecureContext(base);
  if (o.extraCa.length === 0) return context;
  const native = (context as unknown as { context?: NativeContext }).context;
  if (typeof native?.addCACert === 'function') {
    for (const pem of o.extraCa) native.addCACert(pem);
    return context;
  }
  return tls.createSecureContext({ ...base, ca: [...tls.rootCertificates, ...o.extraCa] });
}

export function secureContextFor(o: ContextInput): tls.SecureContext {
  const hash = createHash('sha256');
  for (const part of [...o.extraCa, '\0key', o.key ?? '', '\0cert', o.cert ?? '']) {
    hash.update(part).update('\0');
  }
  const id = hash.digest('hex');
  const hit = cache.get(id);
  if (hit) {
    // Most recently used last, so the oldest is dropped first.
    cache.delete(id);
    cache.set(id, hit);
    return hit;
  }
  const context = build(o);
  cache.set(id, context);
  if (cache.size > MAX) cache.delete(cache.keys().next().value as string);
  return context;
}
