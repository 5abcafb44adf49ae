/**
 * From what the test saw to exactly one diagnosis code, plus the lines specific to this case.
 * Connection failures are read from the stage they happened in; HTTP answers from status and body.
 */
import type { DiagnosisCode } from '../../../shared/domain/diagnosis';
import type { ConnectFailure } from './connector';
import { nearMissOfC4c } from '../connections/tenant-host';
import { looksLikeHtml } from './odata-check';
import { CLIENT_CERT_ALERTS, isKeyPairUnusable, isNoSharedVersion, isNotTls, tlsAlert } from './tls-alerts';
import { looksLikeInspectionCa, type TlsFacts } from './tls-facts';

export interface Finding {
  code: DiagnosisCode;
  /** Specific lines shown before the standard advice. */
  lines: string[];
}

const UNTRUSTED = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_REVOKED',
  'INVALID_CA',
]);

/**
 * Whether the server asked for a client certificate and what became of it. Holds on both TLS
 * libraries: where the library cannot tell whether the certificate was asked for (BoringSSL, see
 * tls-facts.ts), the alert itself says the certificate was at issue, and a dropped connection is
 * read as a refusal only when a certificate was in play, and said to be a guess.
 */
function clientCertFinding(tls: TlsFacts | null, code: string): Finding | null {
  const alert = tlsAlert(code);
  if (alert === 'certificate_required') return { code: 'CLIENT_CERT_MISSING', lines: [] };
  const requested = tls?.clientCertificateRequested ?? 'unknown';
  const sent = tls?.clientCertificateSent ?? 'unknown';
  if (alert && CLIENT_CERT_ALERTS.has(alert)) {
    // handshake_failure is about the certificate only when one was asked for; otherwise (or when
    // the library cannot tell) it is some other disagreement, reported as such.
    if (alert === 'handshake_failure' && requested !== 'yes') return null;
    if (sent === 'no') return { code: 'CLIENT_CERT_MISSING', lines: [] };
    return {
      code: 'CLIENT_CERT_REJECTED',
      lines: [`The tenant ended the handshake with the TLS alert ${alert}.`],
    };
  }
  const dropped = code === 'ECONNRESET' || code === 'EPIPE' || code === 'EPROTO';
  if (!dropped) return null;
  if (requested === 'yes') {
    if (sent === 'no') return { code: 'CLIENT_CERT_MISSING', lines: [] };
    return {
      code: 'CLIENT_CERT_REJECTED',
      lines: ['The tenant closed the connection right after it received the client certificate.'],
    };
  }
  if (requested === 'unknown' && sent === 'unknown' && code !== 'EPROTO') {
    return {
      code: 'CLIENT_CERT_REJECTED',
      lines: [
        'The tenant closed the connection after the handshake, which is how a server refuses a client certificate. The TLS library in use cannot confirm that the tenant asked for the certificate, so this is a strong guess, not proof.',
      ],
    };
  }
  return null;
}

export function classifyConnectFailure(
  f: ConnectFailure,
  tls: TlsFacts | null,
  proxy: string | null,
  /** The tenant host looked up, named in the DNS diagnosis. */
  host?: string,
): Finding {
  const code = f.cause.code ?? '';
  if (f.stage === 'dns') {
    if (f.viaProxy)
      return { code: 'PROXY_FAILED', lines: [`The proxy host ${proxy ?? ''} was not found (${code}).`] };
    const lines =
      code === 'EAI_AGAIN'
        ? [
            `The name server did not answer for ${host ?? 'the tenant host'} (temporary failure); check the network or VPN.`,
          ]
        : host
          ? [`No address was found for ${host}${code ? ` (${code})` : ''}.`]
          : [];
    const meant = host ? nearMissOfC4c(host) : null;
    if (meant) lines.push(`Did you mean ${meant}?`);
    return { code: 'DNS_NOT_FOUND', lines };
  }
  if (f.stage === 'tcp') {
    if (f.viaProxy) {
      const lines =
        f.proxyStatus === 407
          ? ['The proxy asks for a user and password (407): add them to the proxy settings.']
          : f.proxyStatus !== null
            ? [`The proxy answered ${f.proxyStatus} when asked to connect to the tenant.`]
            : [`The proxy ${proxy ?? ''} could not be reached (${code || f.cause.message}).`];
      return { code: 'PROXY_FAILED', lines };
    }
    return { code: 'CONNECTION_REFUSED', lines: [`The connection failed with ${code || f.cause.message}.`] };
  }
  // tls
  const chain = tls?.chain ?? [];
  if (UNTRUSTED.has(code)) {
    const named = looksLikeInspectionCa(chain);
    if (f.viaProxy || named) {
      const top = chain.at(-1);
      const lines = [
        named
          ? `The certificate's issuer (${top?.issuer ?? 'unknown'}) names a TLS inspection product.`
          : `A proxy is in use and the server certificate does not chain to a trusted root (issuer: ${top?.issuer ?? 'unknown'}). C4C's own certificates chain to public roots, so this is most likely inspection — a strong guess, not proof.`,
      ];
      return { code: 'TLS_INTERCEPTED', lines };
    }
    return {
      code: 'SERVER_CERT_UNTRUSTED',
      lines: [`Node reported ${code}; issuer: ${chain[0]?.issuer ?? 'unknown'}.`],
    };
  }
  if (code === 'CERT_HAS_EXPIRED') {
    return { code: 'SERVER_CERT_EXPIRED', lines: chain[0] ? [`It ended on ${chain[0].notAfter}.`] : [] };
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return { code: 'SERVER_CERT_HOSTNAME_MISMATCH', lines: [f.cause.message] };
  }
  if (isKeyPairUnusable(code)) {
    return {
      code: 'CLIENT_CERT_REJECTED',
      lines: [
        'The private key and the certificate of the key pair do not belong together, so it could not be sent. Import the key pair again.',
      ],
    };
  }
  const cert = clientCertFinding(tls, code);
  if (cert) return cert;
  if (isNotTls(code)) {
    return { code: 'CONNECTION_REFUSED', lines: ['The server on this port does not speak HTTPS.'] };
  }
  if (isNoSharedVersion(code)) {
    return {
      code: 'CONNECTION_REFUSED',
      lines: ['The server and C4C Connect share no TLS version (TLS 1.2 or newer is required).'],
    };
  }
  if (f.viaProxy)
    return {
      code: 'PROXY_FAILED',
      lines: [`The secure connection through the proxy failed (${code || f.cause.message}).`],
    };
  return {
    code: 'CONNECTION_REFUSED',
    lines: [`The secure connection failed (${code || f.cause.message}).`],
  };
}

/** An error after the TLS handshake, before a full HTTP answer. */
export function classifyHttpError(code: string, message: string, tls: TlsFacts | null): Finding {
  const cert = clientCertFinding(tls, code);
  if (cert) return cert;
  return { code: 'SERVER_ERROR', lines: [`The tenant broke off the answer (${code || message}).`] };
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, unknown>;
  body: string;
  url: string;
}

export function classifyHttp(a: HttpAnswer): Finding | null {
  const contentType = typeof a.headers['content-type'] === 'string' ? a.headers['content-type'] : '';
  if (a.status === 400 && /No required SSL certificate was sent/i.test(a.body)) {
    return {
      code: 'CLIENT_CERT_MISSING',
      lines: ['The TLS front end answered "No required SSL certificate was sent" (HTTP 400).'],
    };
  }
  if (a.status === 400 && /SSL certificate error/i.test(a.body)) {
    return {
      code: 'CLIENT_CERT_REJECTED',
      lines: ['The TLS front end answered "The SSL certificate error" (HTTP 400).'],
    };
  }
  if (a.status === 401) return { code: 'UNAUTHORIZED', lines: [] };
  if (a.status === 403) {
    if (/Inconsistent Authorization/i.test(a.body)) return { code: 'INCONSISTENT_AUTHORIZATION', lines: [] };
    return { code: 'FORBIDDEN', lines: [] };
  }
  if (a.status === 404) {
    const lines = new URL(a.url).pathname.endsWith('/')
      ? []
      : ['The URL has no trailing slash after the service name: add one.'];
    return { code: 'NOT_FOUND', lines };
  }
  if (a.status >= 300 && a.status < 400) {
    const location = typeof a.headers.location === 'string' ? a.headers.location : 'another page';
    return {
      code: 'NOT_ODATA',
      lines: [
        `The tenant redirected to ${location} (HTTP ${a.status}), which is how a login or single sign-on starts.`,
      ],
    };
  }
  if (a.status >= 500) return { code: 'SERVER_ERROR', lines: [`The tenant answered HTTP ${a.status}.`] };
  if (a.status >= 400)
    return {
      code: 'NOT_ODATA',
      lines: [`The tenant answered HTTP ${a.status}, which an OData service root does not.`],
    };
  if (looksLikeHtml(contentType, a.body))
    return { code: 'NOT_ODATA', lines: ['The tenant sent an HTML page.'] };
  return null;
}
