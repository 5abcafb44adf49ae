/**
 * The support report (issue 13): what a consultant attaches to an SAP incident about a connection
 * test. Built from the test result by allow-list only (named fields, named headers), never by
 * copying a result or a stage detail as a whole, so nothing the test held in memory (key,
 * password, cookies, the CSRF token's value) can reach the file. One builder for the app and the CLI.
 */
import { arch, platform, release } from 'node:os';
import type {
  CertificateFacts,
  ClientCertificateSent,
  ServiceTestResult,
  TestResult,
} from '../../../shared/domain/diagnosis';
import { redactLocation, redactUrl, redactUrlsIn } from '../connection/redact';

export const REPORT_FORMAT = 'c4c-connect-support-report';

export type { CertificateFacts };

export type Authentication = 'client-certificate' | 'basic' | 'none';

export interface ReportInput {
  result: TestResult;
  app: { name: string; version: string; electron: string | null; node: string; tls: string };
  connection: { name: string | null; authentication: Authentication };
  now?: Date;
  os?: { platform: string; release: string; arch: string };
}

export interface ReportStage {
  name: string;
  ok: boolean;
  ms: number;
  error: string | null;
}

export interface ReportService {
  service: string | null;
  url: string;
  startedAt: string | null;
  totalMs: number | null;
  ok: boolean;
  diagnosis: { code: string; lines: { key: string; params?: Record<string, string | number> }[] };
  c4cError: { code: string | null; message: string | null } | null;
  stages: ReportStage[];
  tls: {
    protocol: string | null;
    cipher: string | null;
    clientCertificateSent: ClientCertificateSent;
    verifyError: string | null;
    serverChain: CertificateFacts[];
  } | null;
  http: { status: number; headers: Record<string, string> } | null;
}

export interface SupportReport {
  format: typeof REPORT_FORMAT;
  version: 1;
  /** UTC, ISO 8601. */
  createdAt: string;
  app: ReportInput['app'];
  os: { platform: string; release: string; arch: string };
  connection: ReportInput['connection'];
  clientCertificate: CertificateFacts | null;
  ok: boolean;
  code: string;
  services: ReportService[];
}

/**
 * The answer headers worth quoting, by name. `sap-message` is how SAP Gateway returns messages in
 * a header (https://help.sap.com/saphelp_snc700_ehp04/helpdata/de/43/edaa661f494fc08642e7508da6359f/content.htm);
 * `dataserviceversion` is OData V2's version header; the others are plain HTTP (date: for clock
 * skew; www-authenticate: which logon the server asked for; location: where a redirect went,
 * redacted). No SAP documentation found names a C4C correlation header, so none is claimed here.
 */
const HEADERS = [
  'date',
  'server',
  'content-type',
  'dataserviceversion',
  'www-authenticate',
  'location',
  'sap-message',
  'x-csrf-token',
] as const;
const MAX_HEADER_CHARS = 2000;

/** One spelling for every fingerprint (Node writes colons, the key pair summary does not). */
export const colonHex = (hex: string): string =>
  (
    hex
      .replace(/[^0-9a-f]/gi, '')
      .toUpperCase()
      .match(/../g) ?? []
  ).join(':');

const record = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** `requestUrl`: the address tested, against which a relative Location is resolved. */
function headersOf(detail: Record<string, unknown>, requestUrl: string): Record<string, string> {
  const h = record(detail.headers);
  const out: Record<string, string> = {};
  for (const name of HEADERS) {
    const value = text(h[name]);
    if (value === null) continue;
    // The stage detail says only "(received)" or "Required" for the token; never its value.
    if (name === 'x-csrf-token' && value !== 'Required' && value !== '(received)') continue;
    out[name] = (name === 'location' ? redactLocation(value, requestUrl) : value).slice(0, MAX_HEADER_CHARS);
  }
  return out;
}

function chainOf(detail: Record<string, unknown>): CertificateFacts[] {
  const list = Array.isArray(detail.serverCertificates) ? (detail.serverCertificates as unknown[]) : [];
  return list.slice(0, 10).flatMap((c) => {
    const e = record(c);
    const subject = text(e.subject);
    const issuer = text(e.issuer);
    const notAfter = text(e.notAfter);
    if (subject === null || issuer === null || notAfter === null) return [];
    return [
      { subject, issuer, sha256: colonHex(text(e.sha256) ?? ''), notBefore: text(e.notBefore), notAfter },
    ];
  });
}

function serviceOf(r: TestResult | ServiceTestResult): ReportService {
  const detail = (name: string) => record(r.stages.find((s) => s.name === name)?.detail);
  const tlsDetail = detail('tls');
  const leaf = r.tls?.serverCertificate;
  const chain = chainOf(tlsDetail);
  return {
    service: r.service ?? null,
    url: redactUrl(r.url ?? ''),
    startedAt: r.startedAt ?? null,
    totalMs: r.totalMs ?? null,
    ok: r.ok,
    diagnosis: {
      code: r.diagnosis.code,
      lines: (r.diagnosis.lines ?? []).map((l) => ({
        key: l.key,
        ...(l.params
          ? {
              params: Object.fromEntries(
                Object.entries(l.params).map(([k, v]) => [k, typeof v === 'string' ? redactUrlsIn(v) : v]),
              ),
            }
          : {}),
      })),
    },
    c4cError: r.diagnosis.c4c ? { code: r.diagnosis.c4c.code, message: r.diagnosis.c4c.message } : null,
    stages: r.stages.map((s) => {
      const error = text(record(s.detail).error);
      return { name: s.name, ok: s.ok, ms: s.ms, error: error === null ? null : redactUrlsIn(error) };
    }),
    tls: r.tls
      ? {
          protocol: r.tls.protocol,
          cipher: r.tls.cipher ?? null,
          clientCertificateSent: r.tls.clientCertificateSent,
          verifyError: text(tlsDetail.verifyError),
          // Results kept before the chain was recorded still name the server's certificate.
          serverChain: chain.length > 0 || !leaf ? chain : [{ ...leaf, sha256: '', notBefore: null }],
        }
      : null,
    http: r.http ? { status: r.http.status, headers: headersOf(detail('http'), r.url ?? '') } : null,
  };
}

/** The client certificate as the test recorded it (the key pair may have changed since). */
function testedCertificate(result: TestResult): CertificateFacts | null {
  const facts =
    result.clientCertificate ?? result.services?.find((s) => s.clientCertificate)?.clientCertificate;
  return facts ? { ...facts, sha256: colonHex(facts.sha256) } : null;
}

export function buildSupportReport(input: ReportInput): SupportReport {
  const { result } = input;
  const services = result.services?.length ? result.services : [result];
  return {
    format: REPORT_FORMAT,
    version: 1,
    createdAt: (input.now ?? new Date()).toISOString(),
    app: { ...input.app },
    os: input.os ?? { platform: platform(), release: release(), arch: arch() },
    // The method the test used where it was recorded; the connection's own for older results.
    connection: {
      ...input.connection,
      authentication:
        result.authentication ??
        result.services?.find((s) => s.authentication)?.authentication ??
        input.connection.authentication,
    },
    clientCertificate: testedCertificate(result),
    ok: result.ok,
    code: result.diagnosis.code,
    services: services.map(serviceOf),
  };
}
