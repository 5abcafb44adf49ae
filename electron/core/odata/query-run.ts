/**
 * Runs one query page: GET the URL with the connection's client, read Atom or JSON into rows, with
 * the count, the time and the next page. Rows and raw text are capped for the window; a URL
 * outside the connection's service root is refused, so credentials never go to another host.
 */
import { performance } from 'node:perf_hooks';
import { codedError } from '../../../shared/result';
import { QUERY_ROW_CAP, RAW_TEXT_CAP, type QueryResult } from '../../../shared/contract/odata';
import { readAtomFeed, readJsonFeed } from './feed-reader';
import { destroy, ERROR_PAGE_BYTES, readCapped } from '../connection/capped-body';
import { requestFailed, statusError, type HttpGet } from './http';

/** A page bigger than this is not a page a person reads here. */
export const MAX_QUERY_BYTES = 64 * 1024 * 1024;

/** The absolute URL, if it lies under the service root; otherwise a BAD_INPUT error. */
export function underServiceRoot(url: string, serviceRoot: string): URL {
  const root = new URL(serviceRoot.endsWith('/') ? serviceRoot : `${serviceRoot}/`);
  let target: URL;
  try {
    target = new URL(url, root);
  } catch {
    throw codedError('BAD_INPUT', 'odata.notUrl');
  }
  const rootPath = root.pathname;
  const ok =
    target.origin === root.origin &&
    (target.pathname.startsWith(rootPath) || `${target.pathname}/` === rootPath) &&
    target.username === '' &&
    target.password === '';
  if (!ok)
    throw codedError('BAD_INPUT', 'odata.outsideRoot', { root: root.href });
  return target;
}

export interface RunQueryOptions {
  serviceRoot: string;
  signal?: AbortSignal;
  rowCap?: number;
}

export async function runQuery(get: HttpGet, url: string, options: RunQueryOptions): Promise<QueryResult> {
  const target = underServiceRoot(url, options.serviceRoot);
  const started = performance.now();
  const wantsJson = /(^|&)\$format=json(&|$)/.test(target.search.slice(1));
  const res = await get(target.href, {
    headers: {
      Accept: wantsJson
        ? 'application/json'
        : 'application/atom+xml,application/xml;q=0.9,application/json;q=0.8',
    },
    ...(options.signal ? { signal: options.signal } : {}),
  });
  let body: { bytes: Buffer; truncated: boolean };
  try {
    // An error page is read only as far as its message; results up to the query cap.
    const ok = res.status >= 200 && res.status < 300;
    body = await readCapped(res.body, ok ? MAX_QUERY_BYTES : ERROR_PAGE_BYTES, {
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    destroy(res.body);
    throw requestFailed(error, options.signal);
  }
  const text = body.bytes.toString('utf8');
  if (res.status < 200 || res.status >= 300) throw statusError(res.status, text);
  if (body.truncated)
    throw codedError('REQUEST_FAILED', 'odata.answerTooLarge', { mb: String(MAX_QUERY_BYTES / 1048576) });
  const type = (res.headers['content-type'] ?? '').toLowerCase();
  const trimmed = text.trimStart();
  if (type.includes('text/html') || /^<!doctype html|^<html/i.test(trimmed))
    throw codedError('NOT_ODATA', 'odata.htmlPage');
  const json = type.includes('json') || trimmed.startsWith('{');
  const feed = json ? readJsonFeed(text) : readAtomFeed(text);
  const cap = options.rowCap ?? QUERY_ROW_CAP;
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of feed.rows.slice(0, cap)) {
    for (const key of Object.keys(row)) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
  }
  let next: string | null = null;
  if (feed.next) {
    // Resolve against the request; keep it only when it is under the service root.
    try {
      next = underServiceRoot(new URL(feed.next, target).href, options.serviceRoot).href;
    } catch {
      next = null;
    }
  }
  return {
    url: target.href,
    status: res.status,
    format: json ? 'json' : 'atom',
    columns,
    rows: feed.rows.slice(0, cap),
    rowCount: feed.rows.length,
    rowsTruncated: feed.rows.length > cap,
    count: feed.count,
    next,
    ms: Math.round(performance.now() - started),
    bytes: body.bytes.length,
    raw: text.length > RAW_TEXT_CAP ? text.slice(0, RAW_TEXT_CAP) : text,
    rawTruncated: text.length > RAW_TEXT_CAP,
  };
}
