/**
 * Waiting on sockets with an AbortSignal: the test's deadline, the user's Cancel, or the shorter
 * deadline of a proxy entry while later entries wait.
 */
import type { Duplex } from 'node:stream';

export const asErrno = (e: unknown): NodeJS.ErrnoException => (e instanceof Error ? e : new Error(String(e)));

/** Resolves when `emitter` emits `ok`, rejects on error/abort, tearing `socket` down on abort. */
export function waitFor(socket: Duplex, ok: string, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      socket.destroy();
      reject(asErrno(signal.reason));
    };
    const done = (error?: Error) => {
      signal.removeEventListener('abort', onAbort);
      socket.off(ok, onOk);
      socket.off('error', done);
      socket.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onOk = () => done();
    const onClose = () =>
      done(Object.assign(new Error('The connection was closed.'), { code: 'ECONNRESET' }));
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once(ok, onOk);
    socket.once('error', done);
    socket.once('close', onClose);
  });
}

/** Rejects with the signal's reason when it aborts first (dns.lookup itself cannot be aborted). */
export function untilAborted<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(asErrno(signal.reason));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(asErrno(signal.reason));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(asErrno(e));
      },
    );
  });
}

/** `signal`, or `signal` plus a timer of `ms` that aborts with ETIMEDOUT; `done` stops the timer. */
export function withTimer(signal: AbortSignal, ms: number | null) {
  if (ms === null) return { signal, done: () => undefined };
  const timer = new AbortController();
  const handle = setTimeout(
    () => timer.abort(Object.assign(new Error(`Not reached within ${ms} ms.`), { code: 'ETIMEDOUT' })),
    ms,
  );
  return { signal: AbortSignal.any([signal, timer.signal]), done: () => clearTimeout(handle) };
}
