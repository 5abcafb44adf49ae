import { OsKeychain } from '../core/keychain/os-keychain';
import type { Keychain } from '../core/keychain/keychain';
import { resolveDataFolder } from '../core/platform/data-folder';
import { openDataStore, type OpenedStore } from '../core/store/open-store';

/** What a command needs from the outside world; built lazily so --help never touches the keychain. */
export interface CliContext {
  env: NodeJS.ProcessEnv;
  dataFolder: string;
  keychain(): Keychain;
  store(): OpenedStore;
  stdin: NodeJS.ReadStream;
}

export function createCliContext(env: NodeJS.ProcessEnv = process.env): CliContext {
  const dataFolder = resolveDataFolder(env);
  let keychain: Keychain | undefined;
  let opened: OpenedStore | undefined;
  return {
    env,
    dataFolder,
    keychain: () => (keychain ??= new OsKeychain()),
    // The same file the desktop app's electron-store uses: conf is the library under it.
    store: () => (opened ??= openDataStore(dataFolder)),
    stdin: process.stdin,
  };
}
