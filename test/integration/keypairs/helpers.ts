import { openDataStore } from '../../../electron/core/store/open-store';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { KeyPairService } from '../../../electron/core/keypairs/index';
import { OsKeychain } from '../../../electron/core/keychain/os-keychain';
import type { JsonStore } from '../../../electron/core/store/json-store';
import { Vault, VAULT_KEY_ACCOUNT } from '../../../electron/core/vault/index';
import { useBuiltWorker } from '../../support/bundle';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/pkcs12');
export const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

export interface Setup {
  dataFolder: string;
  keychain: OsKeychain;
  store: JsonStore;
  vault: Vault;
  service: KeyPairService;
  cleanup(): Promise<void>;
}

/** A fresh data folder, a conf store in it (as the CLI uses) and a keychain service of its own. */
export function setup(now?: () => Date): Setup {
  useBuiltWorker();
  const dataFolder = mkdtempSync(join(tmpdir(), 'c4c-keypairs-'));
  const keychain = new OsKeychain(`C4C Connect test ${randomBytes(4).toString('hex')}`);
  const { store } = openDataStore(dataFolder);
  const vault = new Vault(keychain, dataFolder);
  const service = new KeyPairService(vault, store, now ? { now } : {});
  return {
    dataFolder,
    keychain,
    store,
    vault,
    service,
    cleanup: async () => {
      await keychain.delete(VAULT_KEY_ACCOUNT);
    },
  };
}

export async function codeOf(work: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof work === 'function' ? work() : work);
    return 'no error';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}
