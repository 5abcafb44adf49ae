/** Which certificate is the leaf, the order of the chain, and the warnings an import carries on with. */
import type { KeyObject, X509Certificate } from 'node:crypto';
import type { KeyPairWarning } from '../../../shared/domain/keypair';
import { allowsClientAuth, extendedKeyUsage, validity } from './certificate';
import type { Protection } from './decrypt';
import { problems } from './problems';

const SOON_MS = 30 * 86_400_000;

export interface Candidate<T> {
  value: T;
  localKeyId: Buffer | null;
}

/**
 * The leaf is the certificate whose public key matches a private key of the file. When one key fits
 * several certificates (a renewal with the same key), the bag attribute localKeyId decides, then the
 * newest certificate.
 */
export function pairKeyWithLeaf(
  keys: Candidate<KeyObject>[],
  certs: Candidate<X509Certificate>[],
): { key: KeyObject; leaf: X509Certificate } {
  if (keys.length === 0) throw problems.noPrivateKey();
  if (certs.length === 0) throw problems.noCertificate();
  for (const key of keys) {
    const matching = certs.filter((cert) => cert.value.checkPrivateKey(key.value));
    if (matching.length === 0) continue;
    const byId = key.localKeyId
      ? matching.find((cert) => cert.localKeyId?.equals(key.localKeyId as Buffer))
      : undefined;
    const newest = [...matching].sort(
      (a, b) => validity(b.value).notBefore.getTime() - validity(a.value).notBefore.getTime(),
    )[0];
    const leaf = byId ?? newest;
    if (leaf) return { key: key.value, leaf: leaf.value };
  }
  throw problems.keyCertMismatch();
}

const selfIssued = (cert: X509Certificate) => cert.checkIssued(cert);

/**
 * Leaf first, then each certificate's issuer in turn (names and key identifiers, as OpenSSL's
 * X509_check_issued compares them, preferring an issuer whose signature verifies), then any
 * certificate that is not on that path, in file order. Every certificate of the file is kept.
 */
export function orderChain(leaf: X509Certificate, all: X509Certificate[]): X509Certificate[] {
  const ordered = [leaf];
  let rest = all.filter((cert) => cert !== leaf);
  let current = leaf;
  while (!selfIssued(current)) {
    const issuers = rest.filter((cert) => current.checkIssued(cert));
    const issuer = issuers.find((cert) => current.verify(cert.publicKey)) ?? issuers[0];
    if (!issuer) break;
    ordered.push(issuer);
    rest = rest.filter((cert) => cert !== issuer);
    current = issuer;
  }
  return [...ordered, ...rest];
}

export function warningsFor(
  leaf: X509Certificate,
  all: X509Certificate[],
  protections: Protection[],
  keyProtection: Protection,
  now: Date,
): KeyPairWarning[] {
  const warnings: KeyPairWarning[] = [];
  const { notBefore, notAfter } = validity(leaf);
  if (now.getTime() < notBefore.getTime()) warnings.push('CERT_NOT_YET_VALID');
  else if (now.getTime() > notAfter.getTime()) warnings.push('CERT_EXPIRED');
  else if (notAfter.getTime() - now.getTime() < SOON_MS) warnings.push('CERT_EXPIRES_SOON');
  if (!allowsClientAuth(extendedKeyUsage(leaf))) warnings.push('NO_CLIENT_AUTH_EKU');
  if (!selfIssued(leaf) && !all.some((cert) => cert !== leaf && leaf.checkIssued(cert))) {
    warnings.push('CHAIN_INCOMPLETE');
  }
  // RC2 and 3DES are broken or retired (NIST SP 800-131A); a key stored without any encryption is weaker still.
  const encrypted = protections.filter((p) => p.strength > 0);
  if (keyProtection.strength === 0 || encrypted.some((p) => p.strength < 4))
    warnings.push('WEAK_FILE_ENCRYPTION');
  return warnings;
}
