/**
 * The format of one vault file: AES-256-GCM with a fresh 96-bit nonce per write (NIST SP 800-38D:
 * random nonces are safe far beyond the number of writes a vault ever sees), the secret's id and
 * the format version as associated data, so a file renamed to another id, or altered by one bit,
 * fails authentication instead of decrypting to something else.
 *
 *   "C4CV" | version (1 byte) | nonce (12) | tag (16) | ciphertext
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const MAGIC = Buffer.from('C4CV', 'ascii');
export const VAULT_FORMAT_VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + 1 + NONCE_BYTES + TAG_BYTES;

const associatedData = (id: string, version: number): Buffer =>
  Buffer.from(`c4c-connect vault v${version}\0${id}`, 'utf8');

export function sealSecret(key: Buffer, id: string, plaintext: Uint8Array): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(id, VAULT_FORMAT_VERSION));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([MAGIC, Buffer.from([VAULT_FORMAT_VERSION]), nonce, cipher.getAuthTag(), body]);
}

export type OpenResult = { ok: true; plaintext: Buffer } | { ok: false; reason: 'format' | 'auth' };

export function openSecret(key: Buffer, id: string, file: Buffer): OpenResult {
  if (file.length < HEADER_BYTES || !file.subarray(0, MAGIC.length).equals(MAGIC)) {
    return { ok: false, reason: 'format' };
  }
  const version = file[MAGIC.length];
  if (version !== VAULT_FORMAT_VERSION) return { ok: false, reason: 'format' };
  let offset = MAGIC.length + 1;
  const nonce = file.subarray(offset, (offset += NONCE_BYTES));
  const tag = file.subarray(offset, (offset += TAG_BYTES));
  const body = file.subarray(offset);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(associatedData(id, version));
    decipher.setAuthTag(tag);
    return { ok: true, plaintext: Buffer.concat([decipher.update(body), decipher.final()]) };
  } catch {
    return { ok: false, reason: 'auth' };
  }
}
