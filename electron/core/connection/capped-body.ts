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

/** The documented parts of Node's IncomingMessage (and Readable) that tell a body is all here. */
interface ArrivedMessage {
  complete?: unknown;
  readableLength?: unknown;
  readableEncoding?: unknown;
  readableObjectMode?: unknown;
  readableFlowing?: unknown;
  read?: unknown;
}

/**
 * The whole body when it has already arrived and is no larger than `max`: Node's HTTP parser has
 * seen the end of the message (`message.complete`, https://nodejs.org/api/http.html#messagecomplete)
 * and every byte of it sits in the stream's buffer (`readable.readableLength`), so one `read()`
 * takes it all (https://nodejs.org/api/stream.html#readablereadsize: without a size, "all the data
 * in the internal buffer will be returned"). The stream still ends and frees its socket by itself.
 * A small answer (a service document, an error page) is usually in the first packet with its
 * headers; reading it this way skips the stream's asynchronous iteration, whose first run in a fresh
 * process cost about 3 ms of the first connection test (scripts/bench/connection.mjs). Anything
 * else (still arriving, larger than `max`, decoded to text, not Node's message) returns null.
 */
function alreadyArrived(body: AsyncIterable<Uint8Array>, max: number): Buffer | null {
  const m = body as ArrivedMessage;
  if (m.complete !== true || m.readableEncoding !== null || m.readableObjectMode !== false) return null;
  // Paused, as an answer is until it is read: a flowing stream's read() gives one chunk at a time.
  if (m.readableFlowing === true) return null;
  if (typeof m.readableLength !== 'number' || m.readableLength > max || typeof m.read !== 'function') return null;
  // Called even when nothing is buffered: reading an ended stream is what makes it emit 'end', and
  // only then does Node's HTTP client give a keep-alive socket back to its agent (an empty 204 or
  // 403 left unread held its socket for good).
  const all: unknown = (m.read as () => unknown).call(body);
  if (all === null) return Buffer.alloc(0);
  // What the stream held is taken now: there is no going back to the loop below.
  if (all instanceof Uint8Array) return Buffer.isBuffer(all) ? all : Buffer.from(all);
  throw new Error('The answer could not be read.');
}

/** Reads a body to the end or to `max` bytes, whichever comes first. */
export async function readCapped(
  body: AsyncIterable<Uint8Array>,
  max: number,
  options: { signal?: AbortSignal; onChunk?: (bytes: number) => void } = {},
): Promise<CappedBody> {
  const { signal, onChunk } = options;
  signal?.throwIfAborted();
  const arrived = alreadyArrived(body, max);
  if (arrived) {
    if (arrived.length > 0) onChunk?.(arrived.length);
    return { bytes: arrived, truncated: false };
  }
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
