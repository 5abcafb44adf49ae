import { OsKeychain } from '../core/keychain/os-keychain';
import type { Keychain } from '../core/keychain/keychain';
import { resolveDataFolder } from '../core/platform/data-folder';
import { openDataStore, type OpenedStore } from '../core/store/open-store';
import { startSweep } from '../core/vault/orphans';
import { forTerminal } from '../core/connection/redact';
import { sayMessage, type Lang } from '../../shared/messages/say';

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
 * what was moved, and a damaged settings file kept aside, is told on stderr in --lang (stdout
 * stays one JSON object under --json).
 */
function openForCli(dataFolder: string, notify: (text: string) => void, lang: Lang): OpenedStore {
  const opened = openDataStore(dataFolder);
  const notices = [...opened.recovered, ...startSweep(dataFolder, opened.store)];
  if (notices.length) notify(notices.map((m) => sayMessage(lang, m)).join(' '));
  return opened;
}

export function createCliContext(
  env: NodeJS.ProcessEnv = process.env,
  // The folder is named as the environment gave it: no escape sequence of its reaches the terminal.
  notify: (text: string) => void = (text) => process.stderr.write(`${forTerminal(text)}\n`),
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
