/** What the app shows of a certificate, read natively with crypto.X509Certificate. */
import { createHash, type X509Certificate } from 'node:crypto';
import type { CertificateDetails } from '../../../shared/domain/keypair';
import { problems } from './problems';

const DAY_MS = 86_400_000;

const EKU_NAMES: Record<string, string> = {
  '1.3.6.1.5.5.7.3.1': 'serverAuth',
  '1.3.6.1.5.5.7.3.2': 'clientAuth',
  '1.3.6.1.5.5.7.3.3': 'codeSigning',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
  '1.3.6.1.5.5.7.3.8': 'timeStamping',
  '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
  '2.5.29.37.0': 'anyExtendedKeyUsage',
  '1.3.6.1.4.1.311.20.2.2': 'smartcardLogon',
  '1.3.6.1.4.1.311.10.3.4': 'encryptingFileSystem',
};

const CURVES: Record<string, { name: string; bits: number }> = {
  prime256v1: { name: 'P-256', bits: 256 },
  secp384r1: { name: 'P-384', bits: 384 },
  secp521r1: { name: 'P-521', bits: 521 },
};

/** "C=DE, O=Fixture Tenant, CN=..." in the order of the certificate (Node gives one RDN a line). */
export function distinguishedName(lines: string): string {
  return lines.split('\n').filter(Boolean).join(', ');
}

export function fingerprint(cert: X509Certificate, algorithm: 'sha256' | 'sha1'): string {
  return createHash(algorithm).update(cert.raw).digest('hex').toUpperCase();
}

export function validity(cert: X509Certificate): { notBefore: Date; notAfter: Date } {
  const notBefore = new Date(cert.validFrom);
  const notAfter = new Date(cert.validTo);
  if (Number.isNaN(notBefore.getTime()) || Number.isNaN(notAfter.getTime())) throw problems.invalidFile();
  return { notBefore, notAfter };
}

/** Extended key usage names (OIDs we do not know stay as OIDs); null when the extension is absent. */
export function extendedKeyUsage(cert: X509Certificate): string[] | null {
  // Node names the extended key usage list `keyUsage` (the plain key usage bits are not exposed).
  const oids = cert.keyUsage as string[] | undefined;
  return oids ? oids.map((oid) => EKU_NAMES[oid] ?? oid) : null;
}

/**
 * May the certificate authenticate a TLS client? Yes when its extended key usage lists clientAuth,
 * and also when it has no extended key usage at all: RFC 5280 4.2.1.12 restricts a certificate only
 * through that extension, and OpenSSL, Java and SAP's front ends accept such certificates.
 * anyExtendedKeyUsage alone does not count: OpenSSL rejects it for TLS clients.
 */
export function allowsClientAuth(eku: string[] | null): boolean {
  return eku === null || eku.includes('clientAuth');
}

export function describeKey(
  cert: X509Certificate,
): Pick<CertificateDetails, 'keyAlgorithm' | 'keySize' | 'curve'> {
  const key = cert.publicKey;
  const details = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss') {
    return { keyAlgorithm: 'RSA', keySize: details.modulusLength ?? 0, curve: null };
  }
  if (key.asymmetricKeyType === 'ec') {
    const named = details.namedCurve ?? 'unknown';
    const curve = CURVES[named];
    const bits = curve?.bits ?? Number(/(\d{3})/.exec(named)?.[1] ?? 0);
    return { keyAlgorithm: 'EC', keySize: bits, curve: curve?.name ?? named };
  }
  throw problems.unsupportedKey(key.asymmetricKeyType?.toUpperCase() ?? 'unknown');
}

export function certificateDetails(cert: X509Certificate, now: Date): CertificateDetails {
  const { notBefore, notAfter } = validity(cert);
  const eku = extendedKeyUsage(cert);
  const subject = distinguishedName(cert.subject);
  const commonName = cert.subject
    .split('\n')
    .filter((line) => line.startsWith('CN='))
    .map((line) => line.slice(3))
    .pop();
  return {
    subject,
    commonName: commonName ?? subject,
    issuer: distinguishedName(cert.issuer),
    serialNumber: cert.serialNumber.toUpperCase(),
    notBefore: notBefore.toISOString(),
    notAfter: notAfter.toISOString(),
    daysLeft: Math.floor((notAfter.getTime() - now.getTime()) / DAY_MS),
    sha256: fingerprint(cert, 'sha256'),
    sha1: fingerprint(cert, 'sha1'),
    ...describeKey(cert),
    clientAuth: allowsClientAuth(eku),
    extendedKeyUsage: eku ?? [],
  };
}
