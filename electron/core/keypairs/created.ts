/**
 * What the app shows of a key pair that has no .p12 behind it (created here, or completed with a
 * certificate signed later): the same inspection an imported file gets, so the list, the details
 * and the connection test treat both alike.
 */
import { X509Certificate } from 'node:crypto';
import type { KeyPairInspection } from '../../../shared/domain/keypair';
import { say } from '../../../shared/messages/say';
import { certificateDetails, distinguishedName, fingerprint, validity } from '../pkcs12/certificate';
import { warningsFor } from '../pkcs12/chain';
import type { OpenedKeyPair } from '../pkcs12/index';
import type { Protection } from '../pkcs12/decrypt';

/** The key never was in a file: it is kept only in the vault (AES-256-GCM under the keychain key). */
const IN_VAULT: Protection = { cipher: 'AES-256-GCM', kdf: null, iterations: null, strength: 4 };

export const CREATED_HERE_PROTECTION = {
  keyEncryption: 'AES-256-GCM (vault)',
  certEncryption: 'AES-256-GCM (vault)',
  mac: null,
  iterations: null,
  // Stored in English like a file's summary; shared/messages/protection.ts says it in the reader's language.
  summary: say('en', 'protection.createdHere'),
};

export function openedFromKeyAndChain(keyPem: string, chainPem: string[], now: Date): OpenedKeyPair {
  const all = chainPem.map((pem) => new X509Certificate(pem));
  const [leaf] = all;
  if (!leaf) throw new Error('A key pair needs its certificate.');
  const inspection: KeyPairInspection = {
    certificate: certificateDetails(leaf, now),
    chain: all.map((cert) => ({
      subject: distinguishedName(cert.subject),
      issuer: distinguishedName(cert.issuer),
      notAfter: validity(cert).notAfter.toISOString(),
      sha256: fingerprint(cert, 'sha256'),
    })),
    fileProtection: CREATED_HERE_PROTECTION,
    warnings: warningsFor(leaf, all, [IN_VAULT], IN_VAULT, now),
  };
  return { inspection, keyPem, chainPem };
}
