/**
 * From what the test saw to exactly one diagnosis code, plus the lines specific to this case.
 * Connection failures are read from the stage they happened in; HTTP answers from status and body.
 */
import type { DiagnosisCode } from '../../../shared/domain/diagnosis';
import type { Message, MessageKey, Params } from '../../../shared/messages/say';
import { readC4cRefusal, type ODataError } from '../../../shared/odata/odata-error';
import { proxyRefusalLines, triedLines } from './classify-proxy';
import type { ConnectFailure } from './connector';
import { nearMissOfC4c } from '../connections/tenant-host';
import { looksLikeHtml } from './odata-check';
import { redactLocation } from './redact';
import { CLIENT_CERT_ALERTS, isKeyPairUnusable, isNoSharedVersion, isNotTls, tlsAlert } from './tls-alerts';
import { looksLikeInspectionCa, type TlsFacts } from './tls-facts';

export interface Finding {
  code: DiagnosisCode;
  /** Specific lines shown before the standard advice, keyed so each reader says them in its language. */
  lines: Message[];
  /** C4C's own error code and message, for a 4xx/5xx answer that carried one. */
  c4c?: ODataError | null;
}

const line = (key: MessageKey, params?: Params): Message => (params ? { key, params } : { key });

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
      lines: [line('finding.tlsAlert', { alert })],
    };
  }
  const dropped = code === 'ECONNRESET' || code === 'EPIPE' || code === 'EPROTO';
  if (!dropped) return null;
  if (requested === 'yes') {
    if (sent === 'no') return { code: 'CLIENT_CERT_MISSING', lines: [] };
    return {
      code: 'CLIENT_CERT_REJECTED',
      lines: [line('finding.closedAfterCert')],
    };
  }
  if (requested === 'unknown' && sent === 'unknown' && code !== 'EPROTO') {
    return {
      code: 'CLIENT_CERT_REJECTED',
      lines: [line('finding.closedMaybeCert')],
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
  // The proxy tried last names itself (a PAC answer's later entry); `proxy` is the route's first.
  const finding = classifyOne(f, tls, f.proxy.via ?? proxy, host);
  const tried = triedLines(f);
  return tried.length ? { ...finding, lines: [...finding.lines, ...tried] } : finding;
}

function classifyOne(f: ConnectFailure, tls: TlsFacts | null, proxy: string | null, host?: string): Finding {
  const code = f.cause.code ?? '';
  if (f.stage === 'dns') {
    if (f.viaProxy)
      return {
        code: 'PROXY_FAILED',
        lines: [line('finding.proxyHostNotFound', { proxy: proxy ?? '', code })],
      };
    const lines =
      code === 'EAI_AGAIN'
        ? [line('finding.dnsAgain', { host: host ?? '?' })]
        : host
          ? [line('finding.noAddress', { host, code: code ? ` (${code})` : '' })]
          : [];
    const meant = host ? nearMissOfC4c(host) : null;
    if (meant) lines.push(line('finding.didYouMean', { host: meant }));
    return { code: 'DNS_NOT_FOUND', lines };
  }
  if (f.stage === 'tcp') {
    if (f.viaProxy) return { code: 'PROXY_FAILED', lines: proxyRefusalLines(f, proxy ?? '', host ?? '?') };
    return {
      code: 'CONNECTION_REFUSED',
      lines: [line('finding.connectFailed', { code: code || f.cause.message })],
    };
  }
  // tls
  const chain = tls?.chain ?? [];
  if (UNTRUSTED.has(code)) {
    const named = looksLikeInspectionCa(chain);
    if (f.viaProxy || named) {
      const top = chain.at(-1);
      const lines = [
        line(named ? 'finding.inspectionNamed' : 'finding.inspectionGuess', { issuer: top?.issuer ?? '?' }),
      ];
      return { code: 'TLS_INTERCEPTED', lines };
    }
    return {
      code: 'SERVER_CERT_UNTRUSTED',
      lines: [line('finding.untrusted', { code, issuer: chain[0]?.issuer ?? '?' })],
    };
  }
  if (code === 'CERT_HAS_EXPIRED') {
    return {
      code: 'SERVER_CERT_EXPIRED',
      lines: chain[0] ? [line('finding.endedOn', { date: chain[0].notAfter })] : [],
    };
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return {
      code: 'SERVER_CERT_HOSTNAME_MISMATCH',
      lines: [line('finding.hostMismatch', { detail: f.cause.message })],
    };
  }
  if (isKeyPairUnusable(code)) {
    return {
      code: 'CLIENT_CERT_REJECTED',
      lines: [line('finding.keyMismatch')],
    };
  }
  const cert = clientCertFinding(tls, code);
  if (cert) return cert;
  if (isNotTls(code)) {
    return { code: 'CONNECTION_REFUSED', lines: [line('finding.notHttps')] };
  }
  if (isNoSharedVersion(code)) {
    return {
      code: 'CONNECTION_REFUSED',
      lines: [line('finding.noTlsVersion')],
    };
  }
  if (f.viaProxy)
    return {
      code: 'PROXY_FAILED',
      lines: [line('finding.proxyTlsFailed', { code: code || f.cause.message })],
    };
  return {
    code: 'CONNECTION_REFUSED',
    lines: [line('finding.tlsFailed', { code: code || f.cause.message })],
  };
}

/** An error after the TLS handshake, before a full HTTP answer. */
export function classifyHttpError(code: string, message: string, tls: TlsFacts | null): Finding {
  const cert = clientCertFinding(tls, code);
  if (cert) return cert;
  return { code: 'SERVER_ERROR', lines: [line('finding.brokeOff', { code: code || message })] };
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, unknown>;
  body: string;
  url: string;
  /** Whether the request asked for a token (`x-csrf-token: fetch`). */
  csrfFetched?: boolean;
}

export function classifyHttp(a: HttpAnswer): Finding | null {
  const contentType = typeof a.headers['content-type'] === 'string' ? a.headers['content-type'] : '';
  // C4C's message may come in the body or in SAP Gateway's sap-message header.
  const refusal =
    a.status >= 400
      ? readC4cRefusal({ body: a.body, sapMessage: a.headers['sap-message'], csrfFetched: a.csrfFetched })
      : null;
  const c4c = refusal?.said ?? null;
  const found = (code: DiagnosisCode, lines: Message[] = []): Finding => ({
    code,
    // C4C's own code and message lead, for every 4xx/5xx that carried them.
    lines: c4c
      ? [
          line('finding.c4cError', { status: a.status, code: c4c.code ?? '', message: c4c.message ?? '' }),
          ...lines,
        ]
      : lines,
    c4c,
  });
  if (a.status === 400 && /No required SSL certificate was sent/i.test(a.body.slice(0, 4096))) {
    return found('CLIENT_CERT_MISSING', [line('finding.noCertSent400')]);
  }
  if (a.status === 400 && /SSL certificate error/i.test(a.body.slice(0, 4096))) {
    return found('CLIENT_CERT_REJECTED', [line('finding.certError400')]);
  }
  // The CSRF trap, by C4C's words whatever the status: "Inconsistent Authorization" (our product
  // brief), or after a CSRF fetch the HTTP 500 with CM_DS_APPL_ERROR:048 "…is not assigned to
  // you." in the sap-message header that https://github.com/SAP/cloud-sdk-js/issues/1185 shows.
  if (refusal?.csrfTrap) {
    return found(
      'INCONSISTENT_AUTHORIZATION',
      a.status === 403 ? [] : [line('finding.inconsistent500', { status: a.status })],
    );
  }
  if (a.status === 401) return found('UNAUTHORIZED');
  if (a.status === 403) return found('FORBIDDEN');
  if (a.status === 404) {
    const lines = new URL(a.url).pathname.endsWith('/') ? [] : [line('finding.noTrailingSlash')];
    return found('NOT_FOUND', lines);
  }
  if (a.status >= 300 && a.status < 400) {
    // The address a login page redirects to can carry a SAML request or a session: said redacted.
    const location = typeof a.headers.location === 'string' ? redactLocation(a.headers.location, a.url) : '?';
    return found('NOT_ODATA', [line('finding.redirected', { location, status: a.status })]);
  }
  if (a.status >= 500) return found('SERVER_ERROR', [line('finding.serverStatus', { status: a.status })]);
  if (a.status >= 400) return found('NOT_ODATA', [line('finding.odd4xx', { status: a.status })]);
  if (looksLikeHtml(contentType, a.body)) return found('NOT_ODATA', [line('finding.htmlPage')]);
  return null;
}
