/** How the file itself is protected, in the words of the details screen. */
import type { KeyPairInspection } from '../../../shared/domain/keypair';
import { say } from '../../../shared/messages/say';
import { NOT_ENCRYPTED, type Protection } from './decrypt';

/**
 * Written in English from the catalog's words, and stored so: shared/messages/protection.ts says
 * it in the reader's language by the same words.
 */
const word = (key: 'protection.notEncrypted' | 'protection.legacy' | 'protection.noMac') => say('en', key);

function describe(p: Protection): string {
  if (p.strength === 0) return word('protection.notEncrypted');
  if (p.cipher.startsWith('RC2')) return `${p.cipher} ${word('protection.legacy')}`;
  const name = p.strength < 4 ? `${p.cipher} ${word('protection.legacy')}` : p.cipher;
  const kdf = p.kdf === 'PBKDF2' ? ', PBKDF2' : '';
  // The count as written, not grouped: "2048 iterations".
  return `${name}${kdf}, ${say('en', 'protection.iterations', { count: String(p.iterations ?? 1) })}`;
}

/**
 * `keyParts` protect the private key, `certParts` the certificates. The summary names the weakest
 * encryption in the file (unencrypted certificates are common and not a weakness), e.g.
 * "AES-256-CBC, PBKDF2, 2048 iterations" or "RC2-40 (legacy)".
 */
export function fileProtection(
  key: Protection,
  certParts: Protection[],
  mac: { digest: string; iterations: number } | null,
): KeyPairInspection['fileProtection'] {
  const certs =
    certParts.reduce<Protection | null>(
      (weakest, p) => (weakest === null || p.strength < weakest.strength ? p : weakest),
      null,
    ) ?? NOT_ENCRYPTED;
  const encrypted = [key, certs].filter((p) => p.strength > 0);
  const weakest = encrypted.sort((a, b) => a.strength - b.strength)[0] ?? NOT_ENCRYPTED;
  const summary = capitalise(describe(weakest));
  return {
    keyEncryption: key.cipher,
    certEncryption: certs.cipher,
    mac: mac?.digest ?? null,
    iterations: key.iterations ?? certs.iterations ?? mac?.iterations ?? null,
    summary: mac ? summary : `${summary}, ${word('protection.noMac')}`,
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
