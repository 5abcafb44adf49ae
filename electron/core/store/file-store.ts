/**
 * The store file, written the same way by the app and the CLI: every change is a short transaction
 * under the data folder's lock (re-read, apply the one change, write a temp file, fsync, rename,
 * fsync the folder, release). Reads outside a change see the file as it is now: the file is read
 * again whenever its identity (inode, size, mtime) differs from the last read, so the app sees what
 * the CLI wrote without a restart. Modes: the file 0600 (POSIX; Windows ignores modes).
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Message } from '../../../shared/messages/say';
import { lockSync, retryBusySync, type LockOptions } from './lock';
import type { JsonStore } from './json-store';

type Data = Record<string, unknown>;

export interface FileStoreOptions {
  /** The lock file; `<store>.lock` by default. */
  lockPath?: string;
  lock?: LockOptions;
  now?: () => Date;
}

const signature = (path: string): string | null => {
  try {
    const s = statSync(path);
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
};

const isData = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fsync a folder so a rename in it survives a power cut; Windows cannot open folders (ignored). */
function fsyncFolderSync(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EACCES' && code !== 'EINVAL') throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Whole old or whole new content for any reader and after any crash; created 0600 with `wx`. */
export function writeFileAtomicSync(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', 0o600);
  try {
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    retryBusySync(() => renameSync(temp, path));
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  fsyncFolderSync(dirname(path));
}

export class FileStore implements JsonStore {
  readonly lockPath: string;
  /** What had to be recovered (a damaged file kept aside), keyed: app and CLI say it in their language. */
  readonly recovered: Message[] = [];
  private cache: { sig: string | null; data: Data } = { sig: null, data: {} };
  private tx: { data: Data; dirty: boolean } | null = null;
  /** The identities of our last few writes, so a watcher can tell them from another writer's. */
  private written: string[] = [];
  private readonly now: () => Date;

  constructor(
    readonly path: string,
    private readonly options: FileStoreOptions = {},
  ) {
    this.lockPath = options.lockPath ?? `${path.replace(/\.json$/, '')}.lock`;
    this.now = options.now ?? (() => new Date());
  }

  get(key: string): unknown {
    const data = this.tx ? this.tx.data : this.current();
    const value = Object.hasOwn(data, key) ? data[key] : undefined;
    // A copy: a caller changing what it got must not change the cache behind the file's back.
    return value === undefined ? undefined : structuredClone(value);
  }

  set(key: string, value: unknown): void {
    this.update(() =>
      this.change((data) => {
        if (value === undefined) return Reflect.deleteProperty(data, key);
        data[key] = JSON.parse(JSON.stringify(value)) as unknown;
        return true;
      }),
    );
  }

  delete(key: string): void {
    this.update(() => this.change((data) => Object.hasOwn(data, key) && Reflect.deleteProperty(data, key)));
  }

  /** Apply to the running transaction's data; `edit` says whether it changed anything. */
  private change(edit: (data: Data) => boolean): void {
    const tx = this.tx;
    if (!tx) throw new Error('FileStore.change outside a transaction');
    if (edit(tx.data)) tx.dirty = true;
  }

  update<T>(change: () => T): T {
    // Nested: part of the transaction already running (transactions are synchronous, so no other
    // code of this process can run in between).
    if (this.tx) return change();
    const held = lockSync(this.lockPath, this.options.lock);
    try {
      this.tx = { data: structuredClone(this.readUnderLock()), dirty: false };
      const result = change();
      if (this.tx.dirty) this.write(this.tx.data);
      return result;
    } finally {
      this.tx = null;
      held.release();
    }
  }

  /** The file's identity now (inode, size, mtime), null when there is none. */
  signature(): string | null {
    return signature(this.path);
  }

  /** Did this store write the file with that identity (as opposed to another process)? */
  wrote(sig: string | null): boolean {
    return sig !== null && this.written.includes(sig);
  }

  /** The data as the file holds it now; read again only when the file is another one. */
  private current(): Data {
    const sig = signature(this.path);
    if (sig === this.cache.sig) return this.cache.data;
    const data = this.parse();
    if (data) {
      this.cache = { sig, data };
      return data;
    }
    // Damaged: only kept aside under the lock, never while a writer may be replacing it.
    this.update(() => undefined);
    return this.cache.data;
  }

  /** Under the lock the file is always read again: another process may have just replaced it. */
  private readUnderLock(): Data {
    const sig = signature(this.path);
    const data = this.parse();
    if (data) this.cache = { sig, data };
    else this.keepDamagedAside();
    return this.cache.data;
  }

  /** The file's object, {} when there is none, null when it is not a JSON object. */
  private parse(): Data | null {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    try {
      const parsed: unknown = JSON.parse(text);
      return isData(parsed) ? parsed : null;
    } catch {
      return null;
    }
  }

  /**
   * A file that is not a JSON object (edited by hand, or by a tool that is not us) is copied beside
   * it as `<name>.corrupt-<time>.json` and the store starts empty; the user is told. Without this,
   * a SyntaxError at start would keep the app from opening at all.
   */
  private keepDamagedAside(): void {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    const copy = `${this.path.replace(/\.json$/, '')}.corrupt-${stamp}.json`;
    copyFileSync(this.path, copy);
    rmSync(this.path, { force: true });
    this.cache = { sig: null, data: {} };
    this.recovered.push({ key: 'recovered.storeDamaged', params: { copy } });
  }

  private write(data: Data): void {
    writeFileAtomicSync(this.path, `${JSON.stringify(data, null, '\t')}\n`);
    this.cache = { sig: signature(this.path), data: structuredClone(data) };
    if (this.cache.sig) this.written = [...this.written.slice(-7), this.cache.sig];
  }
}
