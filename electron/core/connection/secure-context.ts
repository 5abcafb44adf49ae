/**
 * TLS secure contexts, reused. Building one with Node's ~140 bundled roots plus the user's CAs costs
 * about 36 ms (each root is parsed again), more than the whole handshake on a LAN; a test repeated
 * with the same key pair and trust reuses the context. Keyed by a SHA-256 of the inputs, so the map
 * holds no PEM text; a few entries only.
 */
import { createHash } from 'node:crypto';
import tls from 'node:tls';

const MAX = 8;
const cache = new Map<string, tls.SecureContext>();

export function secureContextFor(o: {
  ca: string[];
  key?: string | undefined;
  cert?: string | undefined;
}): tls.SecureContext {
  const hash = createHash('sha256');
  for (const part of [...o.ca, '\0key', o.key ?? '', '\0cert', o.cert ?? '']) hash.update(part).update('\0');
  const id = hash.digest('hex');
  const hit = cache.get(id);
  if (hit) {
    // Most recently used last, so the oldest is dropped first.
    cache.delete(id);
    cache.set(id, hit);
    return hit;
  }
  const context = tls.createSecureContext({
    ca: o.ca,
    minVersion: 'TLSv1.2',
    ...(o.key && o.cert ? { key: o.key, cert: o.cert } : {}),
  });
  cache.set(id, context);
  if (cache.size > MAX) cache.delete(cache.keys().next().value as string);
  return context;
}
