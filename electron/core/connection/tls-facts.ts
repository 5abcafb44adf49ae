/** What the TLS stage learned about the server's certificates and the client certificate. */
import { X509Certificate } from 'node:crypto';
import type { DetailedPeerCertificate, TLSSocket } from 'node:tls';
import { tlsLibrary, type TlsLibrary } from './tls-library';

export interface ChainEntry {
  subject: string;
  issuer: string;
  notBefore: string;
  notAfter: string;
  sha256: string;
}

/** What a TLS library can tell; 'unknown' is never shown as "no". */
export type Known = 'yes' | 'no' | 'unknown';

export interface TlsFacts {
  protocol: string | null;
  cipher: string | null;
  /** The server's chain as it sent it, leaf first. */
  chain: ChainEntry[];
  /** The server sent a CertificateRequest (it asked for a client certificate). */
  clientCertificateRequested: Known;
  /** It asked, and we had one to give. */
  clientCertificateSent: Known;
  /** Node's verification error code when the server was not trusted (e.g. CERT_HAS_EXPIRED). */
  verifyError: string | null;
}

const oneLine = (dn: string) => dn.split('\n').filter(Boolean).join(', ');

function entry(raw: Buffer): ChainEntry | null {
  try {
    const x = new X509Certificate(raw);
    return {
      subject: oneLine(x.subject),
      issuer: oneLine(x.issuer),
      notBefore: new Date(x.validFrom).toISOString(),
      notAfter: new Date(x.validTo).toISOString(),
      sha256: x.fingerprint256,
    };
  } catch {
    return null;
  }
}

function chainOf(socket: TLSSocket): ChainEntry[] {
  const out: ChainEntry[] = [];
  // Node leaves issuerCertificate undefined at the end of a partial chain, whatever the typings say.
  let cert: DetailedPeerCertificate | undefined = socket.getPeerCertificate(true);
  const seen = new Set<string>();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- see above
  while (cert && Object.keys(cert).length > 0 && !seen.has(cert.fingerprint256)) {
    seen.add(cert.fingerprint256);
    const e = entry(cert.raw);
    if (e) out.push(e);
    cert = cert.issuerCertificate;
  }
  return out;
}

/**
 * Did the server ask for a client certificate? Only OpenSSL can say: on the client it fills the
 * shared signature algorithms from a CertificateRequest alone, so a non-empty list means "asked"
 * (TLS 1.2 and 1.3) and an empty one "not asked". BoringSSL (Electron) never fills that list, so
 * there the answer is 'unknown', never "no" (Electron issue: the app said "not sent" on every
 * passing mTLS test). Kept as an optional signal, guarded by the library in use.
 */
function certificateRequested(socket: TLSSocket, lib: TlsLibrary): Known {
  if (lib.name !== 'OpenSSL') return 'unknown';
  try {
    // Typed as string[], but Node answers null on a socket without TLS state.
    const sigalgs = socket.getSharedSigalgs() as string[] | null;
    return (sigalgs ?? []).length > 0 ? 'yes' : 'no';
  } catch {
    return 'unknown';
  }
}

/** Sent = asked and we had one (TLS sends the configured certificate whenever it is asked). */
export function certificateSent(requested: Known, hadClientCertificate: boolean): Known {
  if (!hadClientCertificate || requested === 'no') return 'no';
  return requested;
}

/**
 * Read the socket's TLS facts. Works on a connected socket and, through the destroy hook in the
 * connector, on one that is about to be torn down after a failed verification.
 */
export function readTlsFacts(socket: TLSSocket, hadClientCertificate: boolean, lib = tlsLibrary()): TlsFacts {
  const requested = certificateRequested(socket, lib);
  const cipher = (() => {
    try {
      return socket.getCipher().standardName || socket.getCipher().name;
    } catch {
      return null;
    }
  })();
  return {
    protocol: socket.getProtocol() ?? null,
    cipher,
    chain: chainOf(socket),
    clientCertificateRequested: requested,
    clientCertificateSent: certificateSent(requested, hadClientCertificate),
    verifyError: null,
  };
}

/**
 * Names of TLS inspection products as they appear in the CA certificates they mint. Matching one is
 * a strong hint, not proof; see isInterceptionCa.
 */
const INSPECTION_NAMES =
  /zscaler|blue ?coat|symantec web|netskope|palo ?alto|fortinet|fortigate|ssl[- ]inspection|tls[- ]inspection|sophos|forcepoint|websense|mcafee web|skyhigh|cisco umbrella|check ?point|barracuda|menlo security|mitmproxy|fiddler|charles proxy|watchguard|kaspersky|untangle|squid/i;

export function looksLikeInspectionCa(chain: ChainEntry[]): boolean {
  return chain.some((c) => INSPECTION_NAMES.test(c.subject) || INSPECTION_NAMES.test(c.issuer));
}
