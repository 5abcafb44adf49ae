import { chmodSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FileStore, type FileStoreOptions } from './file-store';
import type { JsonStore } from './json-store';
import type { Message } from '../../../shared/messages/say';

export interface OpenedStore {
  store: JsonStore;
  /** What had to be recovered, shown to the user once (keyed: said in the reader's language). */
  recovered: Message[];
}

/** The store's file name (without .json) in the data folder: one file for app, CLI and tests. */
export const STORE_NAME = 'c4c-connect';

/** Only the owner may enter the data folder or read its files (POSIX; Windows ignores modes). */
export const FOLDER_MODE = 0o700;
export const FILE_MODE = 0o600;

/**
 * Create the data folder owner-only, and tighten one made by an earlier version (0755). A folder
 * the user pointed us at and that is not theirs to change is left as it is.
 */
export function ensurePrivateFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: FOLDER_MODE });
  if (process.platform === 'win32') return;
  try {
    if ((statSync(folder).mode & 0o777) !== FOLDER_MODE) chmodSync(folder, FOLDER_MODE);
  } catch {
    // not ours (EPERM): nothing to tighten
  }
}

function tightenFile(path: string): void {
  if (process.platform === 'win32') return;
  try {
    if ((statSync(path).mode & 0o777) !== FILE_MODE) chmodSync(path, FILE_MODE);
  } catch {
    // absent or not ours
  }
}

/**
 * The data folder's store as the app, the CLI and the tests open it. A damaged file is kept aside
 * (see FileStore); temp files of a write cut short by a crash are removed under the lock, when no
 * writer can be using them.
 */
export function openDataStore(
  dataFolder: string,
  options: FileStoreOptions = {},
): OpenedStore & { store: FileStore } {
  ensurePrivateFolder(dataFolder);
  const store = new FileStore(join(dataFolder, `${STORE_NAME}.json`), options);
  tightenFile(store.path);
  store.update(() => {
    const prefix = `.${STORE_NAME}.json.`;
    for (const name of readdirSync(dataFolder)) {
      if (name.startsWith(prefix) && name.endsWith('.tmp')) rmSync(join(dataFolder, name), { force: true });
    }
  });
  return { store, recovered: store.recovered };
}
