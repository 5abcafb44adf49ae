/** A certificate's public facts for a test result and the support report: never its key. */
import { X509Certificate } from 'node:crypto';
import type { CertificateFacts } from '../../../shared/domain/diagnosis';

const PEM_END = '-----END CERTIFICATE-----';
const oneLine = (dn: string) => dn.split('\n').filter(Boolean).join(', ');

/** The public facts of the first certificate in `chainPem` (the leaf); null if none reads. */
export function certificateFacts(chainPem: string): CertificateFacts | null {
  // Found by position, not by a pattern: linear on any input.
  const begin = chainPem.indexOf('-----BEGIN CERTIFICATE-----');
  const end = begin === -1 ? -1 : chainPem.indexOf(PEM_END, begin);
  if (end === -1) return null;
  const first = chainPem.slice(begin, end + PEM_END.length);
  try {
    const x = new X509Certificate(first);
    return {
      subject: oneLine(x.subject),
      issuer: oneLine(x.issuer),
      sha256: x.fingerprint256,
      notBefore: new Date(x.validFrom).toISOString(),
      notAfter: new Date(x.validTo).toISOString(),
    };
  } catch {
    return null;
  }
}
