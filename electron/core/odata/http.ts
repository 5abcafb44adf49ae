/**
 * The one thing the metadata download and the query runner need from the network: a GET that
 * streams its body. Backed by the connection's tenant client (client certificate or basic auth,
 * trust, proxy, cookies, timeout); tests may back it with anything that speaks HTTP.
 */
import type { Readable } from 'node:stream';
import { isAxiosError } from 'axios';
import { CodedError } from '../../../shared/result';
import type { TenantClient } from '../connection/tenant-client';
import { textOf } from '../connection/xml-sniff';

export interface HttpResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  body: AsyncIterable<Uint8Array>;
}

export type HttpGet = (
  /** Absolute URL, or a path relative to the service root. */
  url: string,
  init: { headers: Record<string, string>; signal?: AbortSignal },
) => Promise<HttpResponse>;

const cancelled = () => new CodedError('CANCELLED', 'The download was cancelled.');

/** A network failure in the user's words; the connection test tells exactly what is wrong. */
export function requestFailed(error: unknown, signal?: AbortSignal): CodedError {
  if (error instanceof CodedError) return error;
  if (signal?.aborted) return cancelled();
  const raw = isAxiosError(error) ? error.code : (error as { code?: unknown } | null)?.code;
  const code = typeof raw === 'string' ? raw : 'unknown';
  return new CodedError(
    'REQUEST_FAILED',
    `The tenant could not be reached (${code}). Run the connection test to see what is wrong.`,
  );
}

export function httpGetFromTenantClient(client: TenantClient): HttpGet {
  return async (url, { headers, signal }) => {
    try {
      const res = await client.http.get<Readable>(url, {
        headers,
        responseType: 'stream',
        // Big $metadata takes longer than the connect timeout; the stream is cancelled by signal.
        timeout: 0,
        ...(signal ? { signal } : {}),
      });
      const out: Record<string, string | undefined> = {};
      for (const [k, v] of Object.entries(res.headers as Record<string, unknown>)) {
        if (typeof v === 'string') out[k.toLowerCase()] = v;
        else if (typeof v === 'number') out[k.toLowerCase()] = String(v);
      }
      return { status: res.status, headers: out, body: res.data };
    } catch (error) {
      throw requestFailed(error, signal);
    }
  };
}

/** The OData error text of a 4xx/5xx body, JSON or XML; null when there is none. */
export function odataErrorMessage(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const parsed = JSON.parse(trimmed) as {
        error?: { message?: { value?: unknown } | string };
      };
      const m = parsed.error?.message;
      const value = typeof m === 'string' ? m : m?.value;
      return typeof value === 'string' ? value : null;
    } catch {
      return null;
    }
  }
  // A linear scan, not a regular expression: error pages come from servers we do not trust.
  const message = textOf(trimmed, 'message', 500);
  return message
    ? message
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&')
    : null;
}

/** A non-2xx status as one plain sentence, with the service's own message when it sent one. */
export function statusError(status: number, bodyText: string): CodedError {
  const own = odataErrorMessage(bodyText);
  if (status === 401)
    return new CodedError(
      'REQUEST_FAILED',
      'The tenant answered 401: the technical user was not accepted. Check the user, password or certificate, then run the connection test.',
      { status },
    );
  if (status === 403)
    return new CodedError(
      'REQUEST_FAILED',
      'The tenant answered 403: the technical user may not use this service. Check the communication arrangement in C4C.',
      { status },
    );
  if (status >= 300 && status < 400)
    return new CodedError(
      'NOT_ODATA',
      `The tenant redirected the request (${status}), usually to a login page: the credentials were not used. Run the connection test.`,
      { status },
    );
  return new CodedError(
    own ? 'ODATA_ERROR' : 'REQUEST_FAILED',
    own
      ? `The service refused the request (${status}): ${own}`
      : `The tenant answered ${status}. Check the service path and try again.`,
    { status },
  );
}
