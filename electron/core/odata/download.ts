/**
 * Downloads `$metadata` with the connection's credentials: progress, Cancel, `sap-label=true` with
 * Accept-Language, and the size cap enforced while the bytes arrive. The whole document, always:
 * no SAP source documents a `$filter` on `$metadata` for C4C.
 */
import { performance } from 'node:perf_hooks';
import { codedError } from '../../../shared/result';
import { DEFAULT_MAX_METADATA_BYTES, notOData } from './edmx-parser';
import { destroy, ERROR_PAGE_BYTES, readCapped } from '../connection/capped-body';
import { requestFailed, statusError, type HttpGet } from './http';

export interface DownloadProgress {
  bytes: number;
  /** From Content-Length, when the server sent one (C4C often streams chunked). */
  total: number | null;
}

export interface DownloadOptions {
  /** UI language, e.g. "de": C4C returns sap:label in it. */
  language?: string;
  signal?: AbortSignal;
  onProgress?: (p: DownloadProgress) => void;
  maxBytes?: number;
}

export interface DownloadedMetadata {
  bytes: Buffer;
  ms: number;
  /** The path asked for, relative to the service root (no secret in it). */
  path: string;
}

export function metadataPath(labels = true): string {
  return labels ? '$metadata?sap-label=true' : '$metadata';
}

const signalOf = (o: { signal?: AbortSignal }) => (o.signal ? { signal: o.signal } : {});

export async function downloadMetadata(
  get: HttpGet,
  options: DownloadOptions = {},
): Promise<DownloadedMetadata> {
  const started = performance.now();
  const max = options.maxBytes ?? DEFAULT_MAX_METADATA_BYTES;
  const path = metadataPath();
  const headers: Record<string, string> = { Accept: 'application/xml' };
  if (options.language) headers['Accept-Language'] = options.language;
  if (options.signal?.aborted) throw codedError('CANCELLED', 'odata.downloadCancelled');
  const res = await get(path, { headers, ...(options.signal ? { signal: options.signal } : {}) });
  try {
    if (res.status < 200 || res.status >= 300) {
      const { bytes } = await readCapped(res.body, ERROR_PAGE_BYTES, signalOf(options));
      throw statusError(res.status, bytes.toString('utf8'));
    }
    const type = (res.headers['content-type'] ?? '').toLowerCase();
    if (type.includes('text/html')) throw notOData('a web page (HTML)');
    if (type.includes('json')) throw notOData('JSON');
    const length = Number(res.headers['content-length']);
    const total = Number.isFinite(length) && length > 0 ? length : null;
    if (total !== null && total > max) {
      throw codedError(
        'METADATA_TOO_LARGE',
        'odata.metadataSize',
        { mb: Math.round(total / 1048576), max: Math.round(max / 1048576) },
        { maxBytes: max },
      );
    }
    options.onProgress?.({ bytes: 0, total });
    const body = await readCapped(res.body, max, {
      ...signalOf(options),
      onChunk: (bytes) => options.onProgress?.({ bytes, total }),
    });
    if (body.truncated) {
      throw codedError(
        'METADATA_TOO_LARGE',
        'odata.metadataTooLarge',
        { max: Math.round(max / 1048576) },
        { maxBytes: max },
      );
    }
    return { bytes: body.bytes, ms: Math.round(performance.now() - started), path };
  } catch (error) {
    destroy(res.body);
    throw requestFailed(error, options.signal);
  }
}
