import Conf from 'conf';
import { OsKeychain } from '../core/keychain/os-keychain';
import type { Keychain } from '../core/keychain/keychain';
import { resolveDataFolder } from '../core/platform/data-folder';
import { openStore, type OpenedStore } from '../core/store/open-store';
import { join } from 'node:path';

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
    store: () =>
      (opened ??= openStore(
        join(dataFolder, 'c4c-connect.json'),
        () =>
          new Conf({
            cwd: dataFolder,
            configName: 'c4c-connect',
            projectName: 'c4c-connect',
          }),
      )),
    stdin: process.stdin,
  };
}
