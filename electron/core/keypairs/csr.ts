/**
 * A certificate request (PKCS#10, RFC 2986) for a key pair, for customers whose own certificate
 * authority must sign: same subject as the key pair's certificate, clientAuth requested, SHA-256,
 * signed with the key (which never leaves the vault). Built by @peculiar/x509.
 */
import { X509Certificate } from 'node:crypto';
import { webCryptoKeys, signingAlgorithm, x509 } from './x509';

export async function certificateRequest(keyPem: string, leafPem: string): Promise<string> {
  const leaf = new X509Certificate(leafPem);
  const { keys, algorithm } = await webCryptoKeys(keyPem);
  // Node gives the subject one RDN a line in certificate order; the library reads RFC 4514 text.
  const name = new x509.X509Certificate(leaf.raw).subjectName;
  const csr = await x509.Pkcs10CertificateRequestGenerator.create({
    name,
    keys,
    signingAlgorithm: signingAlgorithm(algorithm),
    extensions: [new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.clientAuth])],
  });
  return csr.toString('pem') + '\n';
}
