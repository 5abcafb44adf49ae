import type { Lang } from '../../shared/messages/say';
import { OsKeychain } from '../core/keychain/os-keychain';
import type { Keychain } from '../core/keychain/keychain';
import { resolveDataFolder } from '../core/platform/data-folder';
import { openDataStore, type OpenedStore } from '../core/store/open-store';
import { quarantineFolderOf, sweepAtStart } from '../core/vault/orphans';
import { sayCli } from '../../shared/messages/cli';

/** What a command needs from the outside world; built lazily so --help never touches the keychain. */
export interface CliContext {
  env: NodeJS.ProcessEnv;
  dataFolder: string;
  keychain(): Keychain;
  store(): OpenedStore;
  stdin: NodeJS.ReadStream;
  /** The --lang of the call, for what is said below the command (prompts, the start sweep's notice). */
  lang?: Lang;
}

/**
 * Opening the store also sweeps orphaned vault files into quarantine, as the app does at start;
 * what was moved is told on stderr (stdout stays one JSON object under --json).
 */
function openForCli(dataFolder: string, notify: (text: string) => void, lang: Lang): OpenedStore {
  const opened = openDataStore(dataFolder);
  const outcome = sweepAtStart(dataFolder, opened.store);
  const moved = outcome?.quarantined.length ?? 0;
  const back = outcome?.restored.length ?? 0;
  const folder = quarantineFolderOf(dataFolder);
  const parts = [
    moved === 1 ? sayCli(lang, 'notice.quarantinedOne', { folder }) : '',
    moved > 1 ? sayCli(lang, 'notice.quarantinedMany', { count: moved, folder }) : '',
    back === 1 ? sayCli(lang, 'notice.restoredOne') : '',
    back > 1 ? sayCli(lang, 'notice.restoredMany', { count: back }) : '',
  ].filter(Boolean);
  if (parts.length) notify(parts.join(' '));
  return opened;
}

export function createCliContext(
  env: NodeJS.ProcessEnv = process.env,
  notify: (text: string) => void = (text) => process.stderr.write(`${text}\n`),
): CliContext {
  const dataFolder = resolveDataFolder(env);
  let keychain: Keychain | undefined;
  let opened: OpenedStore | undefined;
  const ctx: CliContext = {
    env,
    dataFolder,
    keychain: () => (keychain ??= new OsKeychain()),
    // The same file, lock and writer as the desktop app (core/store); lang is set by runCli.
    store: () => (opened ??= openForCli(dataFolder, notify, ctx.lang ?? 'en')),
    stdin: process.stdin,
  };
  return ctx;
}
