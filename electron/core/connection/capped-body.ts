/**
 * The one reader for every body a server sends (service document, $metadata, query results, error
 * pages): it stops at a cap, and it stops when the signal aborts (the test's deadline, the user's
 * Cancel), so a server that sends 150 MB or one byte a second cannot hold memory or the test.
 */

/**
 * What the connection test reads of an answer: it only looks at it, it keeps nothing. A service
 * document lists one short entry per entity set (tens of KB even for c4codataapi's hundreds of
 * sets), so 1 MB holds any; a larger $metadata is recognised by its head and its entity sets are
 * counted when it is downloaded in full. Reading the answer costs about four times this in memory
 * (chunks, their copy, the text, garbage not yet collected): at 4 MB the client grew by 19-31 MB
 * for a 150 MB answer, over issue 9's 30 MB in one run of three.
 */
export const TEST_ANSWER_BYTES = 1024 * 1024;
/** What is read of an error page (its OData message is short; a login page is not read further). */
export const ERROR_PAGE_BYTES = 64 * 1024;

export interface CappedBody {
  bytes: Buffer;
  /** The server had more to say than the cap; the rest was not read. */
  truncated: boolean;
}

/** Stops a Node stream we no longer read (frees the socket). */
export function destroy(body: AsyncIterable<Uint8Array>, reason?: unknown): void {
  const d = (body as { destroy?: (e?: unknown) => void }).destroy;
  if (typeof d === 'function') d.call(body, reason);
}

/** Reads a body to the end or to `max` bytes, whichever comes first. */
export async function readCapped(
  body: AsyncIterable<Uint8Array>,
  max: number,
  options: { signal?: AbortSignal; onChunk?: (bytes: number) => void } = {},
): Promise<CappedBody> {
  const { signal, onChunk } = options;
  signal?.throwIfAborted();
  const stop = () => destroy(body, signal?.reason ?? new Error('aborted'));
  signal?.addEventListener('abort', stop, { once: true });
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of body) {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      if (total + buf.length > max) {
        chunks.push(buf.subarray(0, max - total));
        total = max;
        destroy(body);
        return { bytes: Buffer.concat(chunks, total), truncated: true };
      }
      chunks.push(buf);
      total += buf.length;
      onChunk?.(total);
    }
    // A stream destroyed by the signal may end quietly: the caller must not take half a body.
    signal?.throwIfAborted();
    return { bytes: Buffer.concat(chunks, total), truncated: false };
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}
