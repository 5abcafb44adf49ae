/**
 * The connection test: dns -> tcp -> tls -> http -> odata against a service root, each stage timed,
 * ending in exactly one diagnosis. Runs in the main process (or the CLI); all I/O is asynchronous,
 * so it never blocks the window. A deadline (default 20 s) and the caller's AbortSignal stop it.
 */
import { performance } from 'node:perf_hooks';
import type { TestResult } from '../../../shared/domain/diagnosis';
import type { Lang, Message, MessageKey } from '../../../shared/messages/say';
import { CodedError } from '../../../shared/result';
import { readCapped, TEST_ANSWER_BYTES } from './capped-body';
import { certificateFacts } from './certificate-facts';
import { classifyConnectFailure, classifyHttp, classifyHttpError, type Finding } from './classify';
import { ConnectFailure, ConnectTrace, round, type StageName } from './connector';
import { describe } from './diagnosis-texts';
import { checkOData } from './odata-check';
import { chooseRoute, proxyLabel } from './proxy';
import { redactLocation } from './redact';
import { DEFAULT_TIMEOUT_MS, type TenantTarget } from './target';
import { createTenantClient, type TenantClient, type TenantResponse } from './tenant-client';

/** Why an answer is not OData V2, as a keyed line (checkOData's reasons are plain English). */
const REASONS: Record<string, MessageKey> = {
  'an HTML page': 'finding.reasonHtml',
  'an OData V4 service': 'finding.reasonV4',
  'JSON that could not be read': 'finding.reasonBadJson',
  'JSON that is not a service document': 'finding.reasonOtherJson',
  'neither a service document nor $metadata': 'finding.reasonUnknown',
};

function notODataLine(reason: string | null): Message {
  const key = reason ? REASONS[reason] : undefined;
  return key ? { key } : { key: 'finding.reasonVersion', params: { version: reason ?? '?' } };
}

export interface RunOptions {
  signal?: AbortSignal;
  /** The language of the diagnosis' title and advice (the keyed lines travel along). */
  lang?: Lang;
  now?: () => Date;
}

class Deadline extends Error {
  override name = 'Deadline';
}

/**
 * Headers worth showing; the CSRF token's value is a session secret and is never shown. `date`
 * shows a clock skew; `sap-message` is SAP Gateway's message header
 * (https://help.sap.com/saphelp_snc700_ehp04/helpdata/de/43/edaa661f494fc08642e7508da6359f/content.htm),
 * quoted in the support report.
 */
function notableHeaders(h: Record<string, unknown>, requestUrl: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of [
    'date',
    'sap-message',
    'content-type',
    'dataserviceversion',
    'odata-version',
    'www-authenticate',
    'location',
    'server',
  ]) {
    const value = h[name];
    if (typeof value !== 'string') continue;
    // Redacted (a SAML redirect carries session values) and capped: the history keeps it.
    out[name] = (name === 'location' ? redactLocation(value, requestUrl) : value).slice(0, 2000);
  }
  const token = h['x-csrf-token'];
  if (typeof token === 'string')
    out['x-csrf-token'] = token.toLowerCase() === 'required' ? 'Required' : '(received)';
  const cookies = h['set-cookie'];
  if (Array.isArray(cookies)) out.cookiesSet = cookies.length;
  return out;
}

/**
 * An answer's body through the one capped reader: the test only looks at the answer, so it reads at
 * most TEST_ANSWER_BYTES and stops at the deadline (issue 9: a 150 MB answer or a server sending a
 * byte a second must neither fill memory nor outlast the timeout).
 */
async function bodyOf(res: TenantResponse, signal: AbortSignal) {
  const { bytes, truncated } = await readCapped(res.body, TEST_ANSWER_BYTES, { signal });
  return { text: bytes.toString('utf8'), bytes: bytes.length, truncated };
}

/**
 * What the test asks the service root for: the service document as Atom first (C4C's own format),
 * JSON next, then anything, so whatever answers is recognised (checkOData).
 */
export const TEST_ACCEPT = 'application/atomsvc+xml, application/json;q=0.9, application/xml;q=0.8, */*;q=0.1';

const clientCertificate = (creds: TenantTarget['credentials']) =>
  creds.kind === 'client-certificate' ? certificateFacts(creds.chainPem) : null;

export async function runConnectionTest(target: TenantTarget, options: RunOptions = {}): Promise<TestResult> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const t0 = performance.now();
  const timeoutMs = target.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const trace = new ConnectTrace();
  let url: URL;
  try {
    url = new URL(target.url);
  } catch {
    throw new CodedError(
      'BAD_INPUT',
      'The service URL is not a valid address. Use https://<tenant host>/sap/c4c/odata/v1/<service>/.',
    );
  }
  if (url.protocol !== 'https:')
    throw new CodedError('BAD_INPUT', 'The service URL must start with https://.');

  const finish = (finding: Finding, http: { status: number } | null): TestResult => {
    const tls = trace.tls;
    const leaf = tls?.chain[0];
    return {
      ok: finding.code === 'OK',
      diagnosis: describe(finding.code, finding.lines, finding.c4c ?? null, options.lang ?? 'en'),
      stages: trace.stages,
      http,
      tls: tls
        ? {
            protocol: tls.protocol,
            cipher: tls.cipher,
            serverCertificate: leaf
              ? { subject: leaf.subject, issuer: leaf.issuer, notAfter: leaf.notAfter }
              : null,
            clientCertificateSent: tls.clientCertificateSent,
          }
        : null,
      startedAt: startedAt.toISOString(),
      totalMs: round(performance.now() - t0),
      url: url.href,
      clientCertificate: clientCertificate(target.credentials),
      authentication: target.credentials.kind,
    };
  };

  // Checked here, before anything is sent: an expired certificate can only fail, and noisily.
  const creds = target.credentials;
  if (creds.kind === 'client-certificate' && Date.parse(creds.notAfter) <= startedAt.getTime()) {
    return finish(
      { code: 'CLIENT_CERT_EXPIRED', lines: [{ key: 'finding.endedOn', params: { date: creds.notAfter } }] },
      null,
    );
  }

  const deadline = new AbortController();
  const timer = setTimeout(
    () => deadline.abort(new Deadline(`No answer within ${timeoutMs} ms.`)),
    timeoutMs,
  );
  const signal = options.signal ? AbortSignal.any([deadline.signal, options.signal]) : deadline.signal;
  const port = Number(url.port || 443);
  const route = chooseRoute(target.proxy, url.hostname, port);
  const proxy = route.kind === 'proxy' ? proxyLabel(route.url) : null;
  let client: TenantClient | null = null;
  let stageStart = performance.now();

  const onFailure = (error: unknown): Finding => {
    if (options.signal?.aborted) throw new CodedError('CANCELLED', 'The connection test was cancelled.');
    if (deadline.signal.aborted) {
      const stage: StageName = trace.current ?? 'dns';
      if (!trace.stages.some((s) => s.name === stage)) {
        trace.record(stage, false, stage === 'http' || stage === 'odata' ? stageStart : t0, {
          error: 'TIMEOUT',
        });
      }
      return {
        code: 'TIMEOUT',
        lines: [{ key: 'finding.timeout', params: { seconds: timeoutMs / 1000, stage } }],
      };
    }
    const failure = error instanceof ConnectFailure ? error : trace.failure;
    if (failure) {
      return classifyConnectFailure(failure, trace.tls, proxy, url.hostname);
    }
    const e = error as NodeJS.ErrnoException;
    const code = e.code ?? '';
    trace.record('http', false, stageStart, { error: code || e.message });
    return classifyHttpError(code, e.message, trace.tls);
  };

  try {
    client = createTenantClient(target, { signal, trace });
    stageStart = performance.now();
    let res: TenantResponse;
    let answer: Awaited<ReturnType<typeof bodyOf>>;
    try {
      res = await client.get('', {
        signal,
        headers: {
          Accept: TEST_ACCEPT,
          ...(target.fetchCsrfToken ? { 'x-csrf-token': 'fetch' } : {}),
        },
      });
      answer = await bodyOf(res, signal);
    } catch (error) {
      return finish(onFailure(error), null);
    }
    const httpStart = Math.max(stageStart, trace.readyAt ?? stageStart);
    const body = answer.text;
    const headers: Record<string, unknown> = res.headers;
    const status = { status: res.status };
    trace.record('http', res.status < 400, httpStart, {
      status: res.status,
      headers: notableHeaders(headers, url.href),
      bytes: answer.bytes,
      ...(answer.truncated ? { readUpTo: TEST_ANSWER_BYTES } : {}),
      ...(target.fetchCsrfToken
        ? {
            csrf: {
              requested: true,
              received:
                typeof headers['x-csrf-token'] === 'string' &&
                headers['x-csrf-token'].toLowerCase() !== 'required',
            },
          }
        : {}),
    });
    const httpFinding = classifyHttp({
      status: res.status,
      headers,
      body,
      url: url.href,
      csrfFetched: target.fetchCsrfToken,
    });
    if (httpFinding) return finish(httpFinding, status);

    trace.current = 'odata';
    stageStart = performance.now();
    let check = checkOData(headers, body);
    if (answer.truncated) check = { ...check, entitySets: null };
    let source = 'service document';
    if (!check.isODataV2 && check.kind === 'unknown' && check.reason !== 'an HTML page') {
      try {
        const meta = await client.get('$metadata', { signal });
        const mb = await bodyOf(meta, signal);
        if (meta.status < 300) {
          check = checkOData(meta.headers, mb.text);
          // Counted in the part that was read: a lower bound, so say nothing rather than too little.
          if (mb.truncated) check = { ...check, entitySets: null };
          source = '$metadata';
        }
      } catch (error) {
        return finish(onFailure(error), status);
      }
    }
    trace.record('odata', check.isODataV2, stageStart, {
      source,
      version: check.isODataV2 ? '2.0' : null,
      entitySets: check.entitySets,
      ...(check.reason ? { reason: check.reason } : {}),
    });
    if (!check.isODataV2) {
      return finish({ code: 'NOT_ODATA', lines: [notODataLine(check.reason)] }, status);
    }
    return finish(
      {
        code: 'OK',
        lines:
          check.entitySets !== null
            ? [{ key: 'finding.entitySets', params: { count: check.entitySets } }]
            : [],
      },
      status,
    );
  } finally {
    clearTimeout(timer);
    client?.close();
  }
}
