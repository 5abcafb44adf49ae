/**
 * A key pair born on this laptop: the key made natively by node:crypto, a self-signed certificate
 * for it (clientAuth, SHA-256) made by @peculiar/x509. Runs in the core's worker thread (task
 * 'keypair.generate'): an RSA 4096 key takes seconds of CPU, which must not pause the window.
 */
import { X509Certificate, createPublicKey, generateKeyPair, randomBytes } from 'node:crypto';
import { codedError } from '../../../shared/result';
import { signingAlgorithm, webCryptoKeys, x509, type KeyKind } from './x509';

export interface GenerateRequest {
  key: KeyKind;
  /** An RFC 4514 distinguished name ("CN=my123456, OU=SAP C4C"). */
  subject: string;
  days: number;
  now?: Date;
}

export interface GeneratedKeyPair {
  /** PKCS#8 PEM. A secret: only ever into the vault. */
  keyPem: string;
  certPem: string;
}

export const MAX_DAYS = 3650;

/** The private key as PKCS#8 PEM, made by node:crypto's native (asynchronous) generator. */
function newKeyPem(kind: KeyKind): Promise<string> {
  const encoding = {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  } as const;
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, _publicKey: string, privateKey: string) => {
      if (error) reject(error);
      else resolve(privateKey);
    };
    if (kind === 'ec256') generateKeyPair('ec', { namedCurve: 'P-256', ...encoding }, done);
    else generateKeyPair('rsa', { modulusLength: Number(kind.slice(3)), ...encoding }, done);
  });
}

/** The subject as the library reads it; a DN it cannot read is the user's typing, not a crash. */
export function parseSubject(subject: string): x509.Name {
  try {
    const name = new x509.Name(subject.trim());
    if (name.toJSON().length === 0) throw new Error('empty');
    return name;
  } catch {
    throw codedError('BAD_INPUT', 'keypairs.notDn', { subject });
  }
}

export function checkDays(days: number): number {
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
    throw codedError('BAD_INPUT', 'keypairs.days', { max: String(MAX_DAYS) });
  }
  return days;
}

/** A self-signed certificate for `keyPem`, valid from a minute ago (clock skew) for `days` days. */
export async function selfSign(keyPem: string, subject: string, days: number, now: Date): Promise<string> {
  const name = parseSubject(subject);
  const { keys, algorithm } = await webCryptoKeys(keyPem);
  const notBefore = new Date(now.getTime() - 60_000);
  const notAfter = new Date(now.getTime() + checkDays(days) * 86_400_000);
  // A positive 16-byte serial (RFC 5280 4.1.2.2: at most 20 octets, positive).
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  const spki = createPublicKey(keyPem).export({ type: 'spki', format: 'der' });
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial.toString('hex'),
    name,
    notBefore,
    notAfter,
    keys,
    signingAlgorithm: signingAlgorithm(algorithm),
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      // No key usage extension: a server that lists this self-signed certificate as its trusted
      // client certificate must accept it as its own issuer, and OpenSSL does so only when key usage
      // is absent or has keyCertSign, which RFC 5280 4.2.1.3 allows only for CAs. The extended key
      // usage below is what limits the certificate to TLS clients.
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.clientAuth]),
      await x509.SubjectKeyIdentifierExtension.create(spki),
    ],
  });
  return new X509Certificate(Buffer.from(cert.rawData)).toString();
}

export async function generateKeyPairWithCertificate(request: GenerateRequest): Promise<GeneratedKeyPair> {
  const days = checkDays(request.days);
  parseSubject(request.subject);
  const keyPem = await newKeyPem(request.key);
  const certPem = await selfSign(keyPem, request.subject, days, request.now ?? new Date());
  return { keyPem, certPem };
}
