/**
 * Decrypting the encrypted parts of a .p12: PBES2 (PBKDF2 + AES or 3DES, RFC 8018) and the PKCS#12
 * password-based schemes (RFC 7292 appendix C). Everything runs in node:crypto except RC2, which
 * OpenSSL 3 keeps in its legacy provider (not loaded by Node 20): node-forge's RC2 covers it.
 */
import { createDecipheriv } from 'node:crypto';
import forge from 'node-forge';
import { child, children, intOf, oidOf, bytesOf, type Node } from './asn1';
import { pbkdf2Async, pkcs12Kdf } from './kdf';
import { OID, PBES2_CIPHERS, PBKDF2_PRFS, PKCS12_PBE, UNSUPPORTED_PBE } from './oids';
import { MAX_ITERATIONS, MAX_PKCS12_KDF_ITERATIONS, problems } from './problems';

/** How one part of the file (the key, or the certificates) is protected. */
export interface Protection {
  /** "AES-256-CBC", "3DES", "RC2-40", or "none". */
  cipher: string;
  kdf: 'PBKDF2' | 'PKCS#12 KDF' | null;
  iterations: number | null;
  /** 0 none, 1 RC2-40, 2 RC2-128 / 2-key 3DES, 3 3DES, 4 AES: lower is weaker. */
  strength: number;
}

export const NOT_ENCRYPTED: Protection = { cipher: 'none', kdf: null, iterations: null, strength: 0 };

/**
 * The password in the forms the schemes need. `pkcs12` lists the PKCS#12 KDF candidates, most likely
 * first; it is a promise because the MAC check narrows it to the proven one while PBKDF2 already runs.
 */
export interface Secrets {
  utf8: Buffer;
  pkcs12: Promise<Buffer[]>;
}

interface Scheme {
  protection: Protection;
  /** The plain bytes, or null when the padding (so the password) was wrong. */
  decrypt(data: Buffer, secrets: Secrets): Promise<Buffer | null>;
}

function checkIterations(iterations: number, limit: number): number {
  if (iterations > limit) throw problems.tooManyIterations(iterations, limit);
  return Math.max(1, iterations);
}

function nodeDecrypt(cipher: string, key: Buffer, iv: Buffer, data: Buffer): Buffer | null {
  try {
    const decipher = createDecipheriv(cipher, key, iv);
    return Buffer.concat([decipher.update(data), decipher.final()]);
  } catch {
    return null;
  }
}

function rc2Decrypt(bits: number, key: Buffer, iv: Buffer, data: Buffer): Buffer | null {
  const cipher = forge.rc2.createDecryptionCipher(forge.util.createBuffer(key.toString('latin1')), bits);
  cipher.start(iv.toString('latin1'));
  cipher.update(forge.util.createBuffer(data.toString('latin1')));
  if (!cipher.finish()) return null;
  return Buffer.from(cipher.output.getBytes(), 'latin1');
}

/** Plain text of a bag or SafeContents always starts with a DER SEQUENCE. */
const plausible = (plain: Buffer | null): plain is Buffer => plain !== null && plain[0] === 0x30;

function pbes2(params: Node): Scheme {
  const [kdfAlg, encAlg] = children(params);
  if (oidOf(child(kdfAlg, 0)) !== OID.pbkdf2)
    throw problems.unsupportedEncryption('a key derivation other than PBKDF2');
  const [saltNode, iterNode, ...optional] = children(child(kdfAlg, 1));
  const salt = bytesOf(saltNode);
  const iterations = checkIterations(intOf(iterNode), MAX_ITERATIONS);
  let digest = 'sha1';
  for (const item of optional) {
    if (Array.isArray(item.value)) {
      const prf = PBKDF2_PRFS[oidOf(child(item, 0))];
      if (!prf) throw problems.unsupportedEncryption('an unknown PBKDF2 hash');
      digest = prf;
    }
  }
  const encOid = oidOf(child(encAlg, 0));
  const cipher = PBES2_CIPHERS[encOid];
  if (!cipher) throw problems.unsupportedEncryption(`the cipher ${encOid}`);
  const iv = bytesOf(child(encAlg, 1));
  return {
    protection: {
      cipher: cipher.name,
      kdf: 'PBKDF2',
      iterations,
      strength: cipher.name.startsWith('AES') ? 4 : 3,
    },
    async decrypt(data, secrets) {
      const key = await pbkdf2Async(secrets.utf8, salt, iterations, cipher.keyLength, digest);
      const plain = nodeDecrypt(cipher.cipher, key, iv, data);
      return plausible(plain) ? plain : null;
    },
  };
}

function pkcs12Pbe(oid: string, params: Node): Scheme {
  const scheme = PKCS12_PBE[oid];
  if (!scheme) throw problems.unsupportedEncryption(UNSUPPORTED_PBE[oid] ?? `the scheme ${oid}`);
  const salt = bytesOf(child(params, 0));
  const iterations = checkIterations(intOf(child(params, 1)), MAX_PKCS12_KDF_ITERATIONS);
  const strength = { 'RC2-40': 1, 'RC2-128': 2, '2-key 3DES': 2, '3DES': 3 }[scheme.name] ?? 1;
  return {
    protection: { cipher: scheme.name, kdf: 'PKCS#12 KDF', iterations, strength },
    async decrypt(data, secrets) {
      for (const password of await secrets.pkcs12) {
        const key = pkcs12Kdf('sha1', 64, password, salt, iterations, 1, scheme.keyLength);
        const iv = pkcs12Kdf('sha1', 64, password, salt, iterations, 2, scheme.ivLength);
        const plain =
          scheme.cipher === 'rc2'
            ? rc2Decrypt(scheme.keyLength * 8, key, iv, data)
            : nodeDecrypt(scheme.cipher, key, iv, data);
        if (plausible(plain)) return plain;
      }
      return null;
    },
  };
}

/** Reads an AlgorithmIdentifier of an encrypted part; throws UNSUPPORTED_ENCRYPTION for unknown ones. */
export function schemeOf(algorithm: Node): Scheme {
  const oid = oidOf(child(algorithm, 0));
  const params = child(algorithm, 1);
  return oid === OID.pbes2 ? pbes2(params) : pkcs12Pbe(oid, params);
}
