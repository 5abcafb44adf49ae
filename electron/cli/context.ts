import type { Lang } from '../../shared/messages/say';
import { OsKeychain } from '../core/keychain/os-keychain';
import type { Keychain } from '../core/keychain/keychain';
import { resolveDataFolder } from '../core/platform/data-folder';
import { openDataStore, type OpenedStore } from '../core/store/open-store';
import { startSweep } from '../core/vault/orphans';

/** What a command needs from the outside world; built lazily so --help never touches the keychain. */
export interface CliContext {
  env: NodeJS.ProcessEnv;
  dataFolder: string;
  keychain(): Keychain;
  store(): OpenedStore;
  stdin: NodeJS.ReadStream;
  /** The --lang of the call, for what is said below the command (password prompts). */
  lang?: Lang;
}

/**
 * Opening the store also sweeps orphaned vault files into quarantine, as the app does at start;
 * what was moved is told on stderr (stdout stays one JSON object under --json).
 */
function openForCli(dataFolder: string, notify: (text: string) => void): OpenedStore {
  const opened = openDataStore(dataFolder);
  for (const notice of startSweep(dataFolder, opened.store)) notify(notice);
  return opened;
}

export function createCliContext(
  env: NodeJS.ProcessEnv = process.env,
  notify: (text: string) => void = (text) => process.stderr.write(`${text}\n`),
): CliContext {
  const dataFolder = resolveDataFolder(env);
  let keychain: Keychain | undefined;
  let opened: OpenedStore | undefined;
  return {
    env,
    dataFolder,
    keychain: () => (keychain ??= new OsKeychain()),
    // The same file, lock and writer as the desktop app (core/store).
    store: () => (opened ??= openForCli(dataFolder, notify)),
    stdin: process.stdin,
  };
}
