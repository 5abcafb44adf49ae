/**
 * What the vault keeps for one key pair: the original .p12 bytes with their password (for export
 * "as received"), plus the key and chain as PEM so a connection test does not have to run the
 * file's key derivation again (up to 600,000 rounds). All of it only ever inside a vault file.
 * A key pair created here has no original file: `p12` and `password` are then absent (null).
 */
import { z } from 'zod';

const Stored = z.object({
  v: z.literal(1),
  p12: z.string().optional(),
  password: z.string().optional(),
  keyPem: z.string(),
  chainPem: z.array(z.string()).min(1),
});

export interface KeyPairSecret {
  p12: Buffer | null;
  password: string | null;
  keyPem: string;
  /** Leaf first. */
  chainPem: string[];
}

export function encodeSecret(secret: KeyPairSecret): Buffer {
  return Buffer.from(
    JSON.stringify({
      v: 1,
      ...(secret.p12 && secret.password !== null
        ? { p12: secret.p12.toString('base64'), password: secret.password }
        : {}),
      keyPem: secret.keyPem,
      chainPem: secret.chainPem,
    }),
    'utf8',
  );
}

/** Null when the bytes are not a key pair secret (the vault already proved they are authentic). */
export function decodeSecret(bytes: Buffer): KeyPairSecret | null {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
  const parsed = Stored.safeParse(json);
  if (!parsed.success) return null;
  const { p12, password, keyPem, chainPem } = parsed.data;
  const original = p12 !== undefined && password !== undefined;
  return {
    p12: original ? Buffer.from(p12, 'base64') : null,
    password: original ? password : null,
    keyPem,
    chainPem,
  };
}
