/**
 * The certificate a customer's CA signed for our certificate request, with its chain: read from a
 * .cer (DER), .crt/.pem (one or more PEM blocks) or .p7b (PKCS#7) file, checked against the key pair's
 * private key, ordered leaf -> root.
 */
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { codedError } from '../../../shared/result';
import { orderChain } from '../pkcs12/chain';
import { fingerprint } from '../pkcs12/certificate';
import { x509 } from './x509';

export const MAX_CERTIFICATE_FILE_BYTES = 1024 * 1024;
const MAX_CERTIFICATES = 16;

const unreadable = () =>
  codedError('INVALID_FILE', 'keypairs.noSignedCertificate');

/** DER of every certificate in PEM blocks (CERTIFICATE, or PKCS7 as some CAs send). */
function fromPem(text: string): ArrayBuffer[] {
  return x509.PemConverter.decodeWithHeaders(text).flatMap((block) =>
    block.type === 'PKCS7'
      ? new x509.X509Certificates(block.rawData).map((c) => c.rawData)
      : block.type === 'CERTIFICATE' || block.type === 'X509 CERTIFICATE'
        ? [block.rawData]
        : [],
  );
}

/** A DER file: one certificate (.cer) or a PKCS#7 bundle (.p7b). */
function fromDer(bytes: Uint8Array): ArrayBuffer[] {
  const copy = new Uint8Array(bytes).buffer;
  try {
    return [new x509.X509Certificate(copy).rawData];
  } catch {
    return new x509.X509Certificates(copy).map((c) => c.rawData);
  }
}

/** Every certificate of the file, each once, in file order. */
export function readCertificates(bytes: Uint8Array): X509Certificate[] {
  if (bytes.byteLength === 0 || bytes.byteLength > MAX_CERTIFICATE_FILE_BYTES) throw unreadable();
  let ders: ArrayBuffer[];
  try {
    const text = Buffer.from(bytes).toString('latin1');
    ders = text.includes('-----BEGIN') ? fromPem(text) : fromDer(bytes);
  } catch {
    throw unreadable();
  }
  if (ders.length === 0 || ders.length > MAX_CERTIFICATES) throw unreadable();
  const seen = new Set<string>();
  const certs: X509Certificate[] = [];
  for (const der of ders) {
    let node: X509Certificate;
    try {
      node = new X509Certificate(Buffer.from(der));
    } catch {
      throw unreadable();
    }
    const id = fingerprint(node, 'sha256');
    if (!seen.has(id)) certs.push(node);
    seen.add(id);
  }
  return certs;
}

/**
 * The chain (PEM, leaf first) for the key pair's private key: the leaf is the certificate that
 * belongs to the key. A file signed for another request is refused, and nothing is changed.
 */
export function chainForKey(keyPem: string, certs: X509Certificate[]): string[] {
  const key = createPrivateKey(keyPem);
  const leaf = certs.find((cert) => cert.checkPrivateKey(key));
  if (!leaf) {
    throw codedError('KEY_CERT_MISMATCH', 'keypairs.notThisKey');
  }
  return orderChain(leaf, certs).map((cert) => cert.toString());
}
