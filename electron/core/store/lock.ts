/**
 * A lock across processes on one data folder: the desktop app and any number of `c4c-connect` runs
 * take it before they change the store (or create the vault key), so no writer ever overwrites
 * another's change. The lock is a file created with O_EXCL (`wx`), which is atomic on POSIX and on
 * NTFS; it names its holder (host, pid, token). A lock whose holder is gone (same host, pid no
 * longer alive) or that has not been refreshed for `staleMs` is broken, under a second small
 * "breaker" lock so that two waiters never both break it and one of them removes a fresh lock.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { type CodedError, codedError } from '../../../shared/result';

export interface LockOptions {
  /** A lock not refreshed for this long is taken to be left behind (pid reused, holder hung). */
  staleMs?: number;
  /** Give up waiting after this long with STORE_BUSY. */
  timeoutMs?: number;
}

const DEFAULT_STALE_MS = 10_000;
const DEFAULT_TIMEOUT_MS = 15_000;
/** Writing the holder's line takes microseconds: an empty lock file older than this was cut short. */
const EMPTY_GRACE_MS = 2_000;
/** Breaking a lock takes microseconds too; a breaker older than this was left by a crash. */
const BREAKER_STALE_MS = 2_000;

interface Holder {
  host: string;
  pid: number;
  token: string;
}

export interface HeldLock {
  readonly path: string;
  readonly token: string;
  /** Keeps a long holder (a keychain prompt) from looking stale. */
  refresh(): void;
  release(): void;
}

export const storeBusy = (path: string): CodedError =>
  codedError('STORE_BUSY', 'store.busy', undefined, { lock: path });

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): { holder: Holder | null; mtimeMs: number; text: string } | null {
  let text: string;
  let mtimeMs: number;
  try {
    mtimeMs = statSync(path).mtimeMs;
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<Holder>;
    if (
      typeof parsed.pid === 'number' &&
      typeof parsed.token === 'string' &&
      typeof parsed.host === 'string'
    ) {
      return { holder: parsed as Holder, mtimeMs, text };
    }
  } catch {
    // cut short between create and write: judged by age below
  }
  return { holder: null, mtimeMs, text };
}

function isStale(seen: NonNullable<ReturnType<typeof readHolder>>, staleMs: number, now: number): boolean {
  const age = now - seen.mtimeMs;
  if (!seen.holder) return age > EMPTY_GRACE_MS;
  if (seen.holder.host === hostname() && !pidAlive(seen.holder.pid)) return true;
  return age > staleMs;
}

/** One attempt: the lock, or null when someone else holds it. */
function tryCreate(path: string): HeldLock | null {
  const token = randomBytes(8).toString('hex');
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return null;
    throw error;
  }
  try {
    writeSync(
      fd,
      JSON.stringify({ host: hostname(), pid: process.pid, token, at: new Date().toISOString() }),
    );
  } finally {
    closeSync(fd);
  }
  let released = false;
  return {
    path,
    token,
    refresh: () => {
      if (released) return;
      const now = new Date();
      try {
        utimesSync(path, now, now);
      } catch {
        // broken by someone who judged it stale: release() below will notice
      }
    },
    release: () => {
      if (released) return;
      released = true;
      // Only our own lock: if it was broken and re-taken meanwhile, the new holder keeps it.
      const seen = readHolder(path);
      if (seen?.holder?.token === token) retryBusySync(() => unlinkSync(path));
    },
  };
}

/** Remove a stale lock, but only the very one judged stale (same content), under the breaker. */
function breakStale(path: string, staleText: string): void {
  const breaker = `${path}.break`;
  let fd: number;
  try {
    fd = openSync(breaker, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    try {
      if (Date.now() - statSync(breaker).mtimeMs > BREAKER_STALE_MS) unlinkSync(breaker);
    } catch {
      // gone already
    }
    return;
  }
  closeSync(fd);
  try {
    const again = readHolder(path);
    if (again && again.text === staleText) unlinkSync(path);
  } finally {
    unlinkSync(breaker);
  }
}

/** One attempt including stale-lock breaking; null when a live holder has it. */
export function tryLock(path: string, options: LockOptions = {}): HeldLock | null {
  const held = tryCreate(path);
  if (held) return held;
  const seen = readHolder(path);
  if (seen === null) return tryCreate(path);
  if (isStale(seen, options.staleMs ?? DEFAULT_STALE_MS, Date.now())) {
    breakStale(path, seen.text);
    return tryCreate(path);
  }
  return null;
}

/** A short wait between attempts, with jitter so two waiters do not retry in lockstep. */
const backoff = (attempt: number): number => Math.min(2 + attempt, 20) + Math.random() * 5;

/**
 * Sleep without an event loop, for the synchronous store. Atomics.wait blocks the thread; where a
 * runtime refuses it on its main thread (browsers throw a TypeError; Electron's main process is
 * Node, but no Electron document promises it), a short spin does the same job: waits happen only
 * while another process writes, which takes milliseconds.
 */
function sleepSync(ms: number): void {
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  } catch {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      // spin
    }
  }
}

/**
 * Windows refuses to rename over or delete a file another process has open at that instant (a
 * reader of the store, an antivirus scan) with EPERM/EBUSY/EACCES, for milliseconds. Try again
 * briefly instead of failing a save; POSIX never gets here.
 */
export function retryBusySync<T>(work: () => T, attempts = 20): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return work();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const busy = code === 'EPERM' || code === 'EBUSY' || code === 'EACCES';
      if (!busy || process.platform !== 'win32' || attempt >= attempts) throw error;
      sleepSync(backoff(attempt));
    }
  }
}

/** Take the lock, waiting synchronously (store transactions are synchronous and short). */
export function lockSync(path: string, options: LockOptions = {}): HeldLock {
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  for (let attempt = 0; ; attempt++) {
    const held = tryLock(path, options);
    if (held) return held;
    if (Date.now() > deadline) throw storeBusy(path);
    sleepSync(backoff(attempt));
  }
}

/** Take the lock, waiting on timers (for work that awaits, such as the keychain). */
export async function lockAsync(path: string, options: LockOptions = {}): Promise<HeldLock> {
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  for (let attempt = 0; ; attempt++) {
    const held = tryLock(path, options);
    if (held) return held;
    if (Date.now() > deadline) throw storeBusy(path);
    await new Promise((resolve) => setTimeout(resolve, backoff(attempt)));
  }
}

/**
 * Run `work` holding the lock; the lock is refreshed while the work awaits (a keychain may show a
 * prompt for a long time), and released whatever happens.
 */
export async function withLock<T>(
  path: string,
  work: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const held = await lockAsync(path, options);
  const timer = setInterval(() => held.refresh(), (options.staleMs ?? DEFAULT_STALE_MS) / 4);
  timer.unref();
  try {
    return await work();
  } finally {
    clearInterval(timer);
    held.release();
  }
}
