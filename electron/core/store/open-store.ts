import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import type { JsonStore } from './json-store';

export interface OpenedStore {
  store: JsonStore;
  /** Plain sentences about what had to be recovered, shown to the user once. */
  recovered: string[];
}

/**
 * Open the store, surviving a corrupt or half-written file: the bad file is kept beside it as
 * `<name>.corrupt-<time>.json`, the app starts with empty data, and the user is told. Without this,
 * conf throws a SyntaxError at start and the app never opens.
 */
export function openStore(
  path: string,
  create: () => JsonStore,
  now: () => Date = () => new Date(),
): OpenedStore {
  const recovered: string[] = [];
  if (existsSync(path)) {
    const text = readFileSync(path, 'utf8');
    let valid: boolean;
    try {
      const parsed: unknown = JSON.parse(text);
      valid = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
    } catch {
      valid = false;
    }
    if (!valid) {
      const stamp = now().toISOString().replace(/[:.]/g, '-');
      const copy = path.replace(/\.json$/, '') + `.corrupt-${stamp}.json`;
      copyFileSync(path, copy);
      rmSync(path);
      recovered.push(
        `The settings file was damaged and could not be read. A copy was kept as ${copy}; the app started with empty settings. Key pairs in the keychain vault were not touched.`,
      );
    }
  }
  return { store: create(), recovered };
}

/** The store's file name (without .json) in the data folder: one file for app, CLI and tests. */
export const STORE_NAME = 'c4c-connect';

/**
 * The data folder's store as the CLI and the tests open it: conf, the library under the app's
 * electron-store, on the very file the app uses.
 */
export function openDataStore(dataFolder: string): OpenedStore {
  return openStore(
    join(dataFolder, `${STORE_NAME}.json`),
    () => new Conf({ cwd: dataFolder, configName: STORE_NAME, projectName: STORE_NAME }),
  );
}
