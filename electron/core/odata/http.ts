/**
 * The one thing the metadata download and the query runner need from the network: a GET that
 * streams its body. Backed by the connection's tenant client (client certificate or basic auth,
 * trust, proxy, cookies, timeout); tests may back it with anything that speaks HTTP.
 */
import type { Readable } from 'node:stream';
import { isInconsistentAuthorization, parseODataError } from '../../../shared/odata/odata-error';
import { CodedError, codedError } from '../../../shared/result';
import type { TenantClient } from '../connection/tenant-client';

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

const cancelled = () => codedError('CANCELLED', 'odata.downloadCancelled');

/** A network failure in the user's words; the connection test tells exactly what is wrong. */
export function requestFailed(error: unknown, signal?: AbortSignal): CodedError {
  if (error instanceof CodedError) return error;
  if (signal?.aborted) return cancelled();
  // An AxiosError carries the network error's code (ECONNRESET, ETIMEDOUT...) as Node's errors do.
  const raw = (error as { code?: unknown } | null)?.code;
  const code = typeof raw === 'string' ? raw : 'unknown';
  return codedError('REQUEST_FAILED', 'error.unreachable', { code });
}

export function httpGetFromTenantClient(client: TenantClient): HttpGet {
  return async (url, { headers, signal }) => {
    try {
      const http = await client.http();
      const res = await http.get<Readable>(url, {
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
  return parseODataError(text)?.message ?? null;
}

/** A non-2xx status as one plain sentence, with the service's own code and message when it sent them. */
export function statusError(status: number, bodyText: string): CodedError {
  const own = parseODataError(bodyText);
  // By C4C's text, whatever the status: "Inconsistent Authorization" is our product brief's wording.
  // (The 500 of https://github.com/SAP/cloud-sdk-js/issues/1185 answered a CSRF fetch, which these
  // reads do not send; the connection test recognises it, see connection/classify.ts.)
  if (status >= 400 && isInconsistentAuthorization(bodyText, own))
    return codedError('REQUEST_FAILED', 'error.inconsistentAuthorization', { status }, { status });
  if (status === 401) return codedError('REQUEST_FAILED', 'error.status401', undefined, { status });
  if (status === 403) return codedError('REQUEST_FAILED', 'error.status403', undefined, { status });
  if (status >= 300 && status < 400)
    return codedError('NOT_ODATA', 'error.redirected', { status }, { status });
  return own
    ? codedError(
        'ODATA_ERROR',
        'error.serviceRefused',
        { status, code: own.code ?? '', message: own.message ?? '' },
        { status, ...(own.code ? { c4cCode: own.code } : {}) },
      )
    : codedError('REQUEST_FAILED', 'error.statusOnly', { status }, { status });
}
