/**
 * C4C's own error of a 4xx/5xx answer: the OData V2 error body, `error/code` and `error/message`,
 * in XML (the default, `<error><code/><message xml:lang="en"/></error>`) or in JSON
 * (`{"error":{"code":…,"message":{"lang":…,"value":…}}}` with $format=json).
 * Format: https://www.odata.org/documentation/odata-version-2-0/json-format/ (error messages).
 *
 * Reads a bounded prefix of the text it is given, in time linear in that prefix: indexOf scans
 * with short bounded look-arounds, no backtracking regular expression over the body.
 */

export interface ODataError {
  code: string | null;
  message: string | null;
  /** The language C4C wrote the message in (xml:lang / lang), when it said. */
  lang: string | null;
}

/** How much of a body is read for its error: C4C's error bodies are a few hundred bytes. */
export const ERROR_PREFIX_CHARS = 64 * 1024;
const MAX_VALUE = 1000;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-z]{2,4});/g, (whole, name: string) => {
    if (name.startsWith('#x')) return safeChar(parseInt(name.slice(2), 16)) ?? whole;
    if (name.startsWith('#')) return safeChar(Number(name.slice(1))) ?? whole;
    return ENTITIES[name] ?? whole;
  });
}

const safeChar = (n: number) => (n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : null);

const clean = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, MAX_VALUE);

const NAME_CHAR = /[\w.-]/;

/** The first element with this local name (any or no prefix): its text and its xml:lang. */
function element(xml: string, local: string): { text: string; lang: string | null } | null {
  let from = 0;
  for (;;) {
    const at = xml.indexOf(local, from);
    if (at < 0) return null;
    from = at + local.length;
    // Before the name: "<" directly, or "<prefix:" with a short prefix.
    let start = at - 1;
    if (xml[start] === ':') {
      start--;
      const stop = Math.max(0, at - 34);
      while (start >= stop && NAME_CHAR.test(xml[start] ?? '')) start--;
    }
    if (xml[start] !== '<') continue;
    const after = xml[from];
    if (after !== '>' && after !== ' ' && after !== '\t' && after !== '\n' && after !== '\r') continue;
    // The attributes end within a short window, or this is not an element we can read.
    const window = xml.slice(from, from + 200);
    const close = window.indexOf('>');
    if (close < 0 || window[close - 1] === '/') continue;
    const attributes = window.slice(0, close);
    const langAt = attributes.indexOf('lang="');
    const lang = langAt >= 0 ? attributes.slice(langAt + 6, attributes.indexOf('"', langAt + 6)) : null;
    const textStart = from + close + 1;
    const textEnd = xml.indexOf('<', textStart);
    const raw = xml.slice(textStart, textEnd < 0 ? Math.min(xml.length, textStart + MAX_VALUE) : textEnd);
    return { text: clean(decode(raw)), lang: lang || null };
  }
}

function fromJson(text: string): ODataError | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const error = (parsed as { error?: unknown } | null)?.error;
  if (typeof error !== 'object' || error === null) return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  const m = message as { value?: unknown; lang?: unknown } | string | undefined;
  const value = typeof m === 'string' ? m : m?.value;
  const lang = typeof m === 'object' && typeof m.lang === 'string' ? m.lang : null;
  return {
    code: typeof code === 'string' && code ? clean(code) : null,
    message: typeof value === 'string' && value ? clean(value) : null,
    lang,
  };
}

/** C4C's error code and message from an error body; null when the body carries none. */
export function parseODataError(body: string): ODataError | null {
  const text = body.slice(0, ERROR_PREFIX_CHARS).trimStart();
  if (text.startsWith('{')) {
    const parsed = fromJson(text);
    return parsed && (parsed.code ?? parsed.message) !== null ? parsed : null;
  }
  if (!text.startsWith('<') || element(text, 'error') === null) return null;
  const code = element(text, 'code');
  const message = element(text, 'message');
  if (!code?.text && !message?.text) return null;
  return { code: code?.text || null, message: message?.text || null, lang: message?.lang ?? null };
}

const INCONSISTENT = 'inconsistent authorization';

/**
 * C4C's "Inconsistent Authorization: Re-activate Communication Arrangement.", whatever the status.
 * The wording comes from our product brief; no public SAP source quoting it was found, so it is
 * recognised by its text wherever it appears (body or sap-message header).
 */
export function isInconsistentAuthorization(body: string, parsed = parseODataError(body)): boolean {
  if (parsed?.message?.toLowerCase().includes(INCONSISTENT)) return true;
  return body.slice(0, ERROR_PREFIX_CHARS).toLowerCase().includes(INCONSISTENT);
}

/**
 * The messages of SAP Gateway's `sap-message` response header, a JSON object
 * `{"code","message","severity","target","details":[{"code","message",…}]}`: its own code and
 * message first, then each detail's. Empty when the header is absent or not of that shape.
 * The shape as C4C sent it: https://github.com/SAP/cloud-sdk-js/issues/1185 (the 500 answer's
 * headers, quoted by the reporter).
 */
export function parseSapMessage(header: unknown): ODataError[] {
  if (typeof header !== 'string' || !header.trimStart().startsWith('{')) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(header.slice(0, ERROR_PREFIX_CHARS));
  } catch {
    return [];
  }
  const one = (m: unknown): ODataError | null => {
    if (typeof m !== 'object' || m === null) return null;
    const { code, message } = m as { code?: unknown; message?: unknown };
    const c = typeof code === 'string' && code ? clean(code) : null;
    const t = typeof message === 'string' && message ? clean(message) : null;
    return (c ?? t) ? { code: c, message: t, lang: null } : null;
  };
  const details = (parsed as { details?: unknown }).details;
  return [one(parsed), ...(Array.isArray(details) ? details.slice(0, 20).map(one) : [])].filter(
    (m): m is ODataError => m !== null,
  );
}

/*
 * C4C's answer to a technical user's `x-csrf-token: fetch` in SAP/cloud-sdk-js#1185
 * (https://github.com/SAP/cloud-sdk-js/issues/1185): HTTP 500, body not shown, and in the
 * sap-message header the detail CM_DS_APPL_ERROR:048 "Unauthorized: The service 'c4codataapi'
 * is not assigned to you." Without a CSRF fetch the same words may mean what they say (the
 * service is not in the arrangement), so they count as the trap only after a fetch.
 */
const NOT_ASSIGNED_CODE = 'cm_ds_appl_error:048';
const NOT_ASSIGNED = 'is not assigned to you';

const saysInconsistent = (m: ODataError) => m.message?.toLowerCase().includes(INCONSISTENT) === true;
const saysNotAssigned = (m: ODataError) =>
  m.code?.toLowerCase() === NOT_ASSIGNED_CODE || m.message?.toLowerCase().includes(NOT_ASSIGNED) === true;

export interface C4cRefusal {
  /** What C4C said: the message naming the trap, else the body's error, else the header's own. */
  said: ODataError | null;
  /** The CSRF trap: Inconsistent Authorization anywhere, or "not assigned to you" after a fetch. */
  csrfTrap: boolean;
}

/** C4C's own error of a 4xx/5xx answer, from its body and its sap-message header. */
export function readC4cRefusal(a: { body: string; sapMessage?: unknown; csrfFetched?: boolean }): C4cRefusal {
  const fromBody = parseODataError(a.body);
  const fromHeader = parseSapMessage(a.sapMessage);
  const trapSaid =
    [fromBody, ...fromHeader].find((m): m is ODataError => m !== null && saysInconsistent(m)) ??
    (a.csrfFetched
      ? [fromBody, ...fromHeader].find((m): m is ODataError => m !== null && saysNotAssigned(m))
      : undefined);
  const notAssignedInBody =
    a.csrfFetched === true && a.body.slice(0, ERROR_PREFIX_CHARS).toLowerCase().includes(NOT_ASSIGNED);
  const csrfTrap =
    trapSaid !== undefined || isInconsistentAuthorization(a.body, fromBody) || notAssignedInBody;
  // The detail that names the refusal says more than the header's generic "Error occurred during
  // processing", even where it is not the trap (no fetch): shown first.
  const specific = fromHeader.slice(1).find(saysNotAssigned);
  return { said: trapSaid ?? specific ?? fromBody ?? fromHeader[0] ?? null, csrfTrap };
}
