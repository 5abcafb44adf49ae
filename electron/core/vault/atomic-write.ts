import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Make a rename durable: on Linux the directory entry lives in the directory's own blocks, so
 * without this a power cut after rename can bring the old name back (or none). Windows cannot open
 * a directory for fsync and needs nothing of the sort: its errors are ignored there.
 */
export async function fsyncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EACCES' && code !== 'EINVAL') throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Write a file so that a reader (or a crash at any instant) sees either the whole old content or the
 * whole new content, never a mix: write a temp file beside it, fsync it, rename it over the target
 * (atomic on POSIX and on NTFS), fsync the directory. The temp file is created with `wx` (never
 * follows or reuses an existing path) and the given mode, so a secret is never world-readable even
 * for an instant.
 */
export async function writeFileAtomic(path: string, data: Uint8Array, mode = 0o600): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', mode);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await fsyncDirectory(dir);
}

/** Temp files of writeFileAtomic left behind by a crash (they hold only ciphertext). */
export const isAtomicTempName = (name: string): boolean => name.startsWith('.') && name.endsWith('.tmp');
