/**
 * Key derivation. node-forge derives keys in pure JavaScript (7.4 s for 600,000 rounds); here PBKDF2
 * runs in OpenSSL on libuv's thread pool, and the PKCS#12 KDF hashes its input natively and iterates
 * with a lean one-block loop (iterated-hash.ts).
 */
import { createHash, hash as oneShotHash, pbkdf2 } from 'node:crypto';
import { hashDigestRounds } from './iterated-hash';

/**
 * The password as the PKCS#12 KDF wants it: a BMPString, UTF-16 big-endian with two zero bytes at
 * the end (RFC 7292 B.1). Characters beyond the BMP (emoji) become surrogate pairs, as OpenSSL 3
 * and Java write them.
 */
export function bmpPassword(password: string): Buffer {
  const bytes = Buffer.alloc(password.length * 2 + 2);
  for (let i = 0; i < password.length; i++) bytes.writeUInt16BE(password.charCodeAt(i), i * 2);
  return bytes;
}

/**
 * Every way a writer may have turned the typed password into PKCS#12 KDF input, most likely first:
 * - the BMPString of the text (RFC 7292; OpenSSL 1.1+, Java, Windows);
 * - for an empty password, no bytes at all (OpenSSL writes this for a NULL password and tries both);
 * - for a non-ASCII password, each UTF-8 byte widened to two (OpenSSL 1.0 and older did this).
 */
export function pkcs12PasswordCandidates(password: string): Buffer[] {
  const candidates = [bmpPassword(password)];
  if (password === '') candidates.push(Buffer.alloc(0));
  const utf8 = Buffer.from(password, 'utf8');
  if (utf8.length !== password.length) {
    const widened = Buffer.alloc(utf8.length * 2 + 2);
    utf8.forEach((byte, i) => widened.writeUInt16BE(byte, i * 2));
    candidates.push(widened);
  }
  return candidates;
}

const hashLength: Record<string, number> = { sha1: 20, sha224: 28, sha256: 32, sha384: 48, sha512: 64 };

/** Fills `length` bytes by repeating `source` (the S and P strings of RFC 7292 B.2 step 2-3). */
function repeatTo(source: Buffer, length: number): Buffer {
  const out = Buffer.alloc(length);
  if (source.length > 0) for (let i = 0; i < length; i++) out[i] = source[i % source.length] ?? 0;
  return out;
}

/**
 * The PKCS#12 KDF of RFC 7292 appendix B.2. `id` is 1 for a key, 2 for an IV, 3 for a MAC key;
 * `blockSize` is the hash's input block v (64 for SHA-1/SHA-256, 128 for SHA-384/SHA-512).
 */
export function pkcs12Kdf(
  hashName: string,
  blockSize: number,
  password: Buffer,
  salt: Buffer,
  iterations: number,
  id: 1 | 2 | 3,
  length: number,
): Buffer {
  const u = hashLength[hashName];
  if (u === undefined) throw new Error(`Unknown hash ${hashName}`);
  const v = blockSize;
  const D = Buffer.alloc(v, id);
  const S = repeatTo(salt, v * Math.ceil(salt.length / v));
  const P = repeatTo(password, v * Math.ceil(password.length / v));
  const I = Buffer.concat([S, P]);
  const blocks: Buffer[] = [];
  for (let produced = 0; produced < length; produced += u) {
    let A: Buffer = createHash(hashName).update(D).update(I).digest();
    const fast = iterations > 1 ? hashDigestRounds(hashName, A, iterations - 1) : A;
    if (fast) A = fast;
    // Other hashes: crypto.hash (one-shot) is the cheapest native call per round, about 1 µs.
    else for (let r = 1; r < iterations; r++) A = oneShotHash(hashName, A, 'buffer');
    blocks.push(A);
    if (produced + u >= length) break;
    // I_j = (I_j + B + 1) mod 2^(v*8) for every v-byte block of I, B being A repeated to v bytes.
    const B = repeatTo(A, v);
    for (let j = 0; j < I.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = (I[j + k] ?? 0) + (B[k] ?? 0) + carry;
        I[j + k] = sum & 0xff;
        carry = sum >>> 8;
      }
    }
  }
  return Buffer.concat(blocks).subarray(0, length);
}

/** PBKDF2 on libuv's thread pool, so the caller's event loop keeps running. */
export function pbkdf2Async(
  password: Buffer,
  salt: Buffer,
  iterations: number,
  length: number,
  digest: string,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    pbkdf2(password, salt, iterations, length, digest, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}
