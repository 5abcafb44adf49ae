import type * as KeyringLib from '@napi-rs/keyring';
import type { AsyncEntry, EntryOptions } from '@napi-rs/keyring';
import { KEYCHAIN_SERVICE, KeychainError, type Keychain } from './keychain';

type KeyringModule = typeof KeyringLib;

/**
 * The native binding is loaded on first use, not at import: @napi-rs/keyring ships one binding per
 * OS and CPU (optional dependencies), and an installer packed without this machine's binding must
 * still start and say KEYCHAIN_UNAVAILABLE instead of dying at launch with "Cannot find native
 * binding". One attempt per process: a binding that is absent stays absent.
 */
let keyring: Promise<KeyringModule> | undefined;
const loadKeyring = (): Promise<KeyringModule> => {
  // The library's loader require()s whatever NAPI_RS_NATIVE_LIBRARY_PATH names before its own
  // binding (node_modules/@napi-rs/keyring/index.js, requireNative): an environment variable must
  // not run code in the app's main process, which the RunAsNode and NODE_OPTIONS fuses otherwise
  // keep out (https://www.electronjs.org/docs/latest/tutorial/fuses). Only the installed binding loads.
  delete process.env.NAPI_RS_NATIVE_LIBRARY_PATH;
  return (keyring ??= import('@napi-rs/keyring'));
};

function bindingMissing(error: unknown): KeychainError {
  return new KeychainError(
    'unavailable',
    `C4C Connect's connection to the OS keychain is missing from this installation (${process.platform}-${process.arch}). Install the C4C Connect build made for this computer.`,
    error,
  );
}

/**
 * @napi-rs/keyring: keytar's maintained successor (N-API, prebuilt, async). On Linux we force the
 * Secret Service: the library's default falls back to the kernel keyring, which does not survive a
 * reboot and would silently lose the vault key.
 */
const OPTIONS: EntryOptions = { linux: { store: 'secret-service' } };

function backendName(platform: NodeJS.Platform): string {
  switch (platform) {
    case 'darwin':
      return 'macOS Keychain';
    case 'win32':
      return 'Windows Credential Manager';
    default:
      return 'Secret Service (GNOME Keyring, KWallet)';
  }
}

/** Sort the library's error text into what the user can act on. */
// "no result found" is what the Secret Service says when no unlocked default collection exists
// (a locked or never-created login keyring): the user fixes both by unlocking/logging in.
export function classifyKeychainError(error: unknown): KeychainError {
  const text = error instanceof Error ? error.message : String(error);
  if (/lock|prompt|dismiss|cancel|interaction|denied|no result found/i.test(text)) {
    return new KeychainError(
      'locked',
      'The OS keychain is locked. Unlock it (log in again or open your keychain app) and try again.',
      error,
    );
  }
  return new KeychainError(
    'unavailable',
    process.platform === 'linux'
      ? 'No OS keychain answered. Install and start a Secret Service (GNOME Keyring or KWallet) and log in to it.'
      : 'The OS keychain could not be reached. Check that you are logged in to your desktop session.',
    error,
  );
}

export class OsKeychain implements Keychain {
  readonly backend: string;

  constructor(
    private readonly service: string = KEYCHAIN_SERVICE,
    platform: NodeJS.Platform = process.platform,
  ) {
    this.backend = backendName(platform);
  }

  // The constructor itself throws when no D-Bus session exists, so it lives inside each try.
  private async entry(account: string): Promise<AsyncEntry> {
    let lib: KeyringModule;
    try {
      lib = await loadKeyring();
    } catch (error) {
      throw bindingMissing(error);
    }
    return new lib.AsyncEntry(this.service, account, OPTIONS);
  }

  async get(account: string): Promise<string | null> {
    try {
      return (await (await this.entry(account)).getPassword()) ?? null;
    } catch (error) {
      throw error instanceof KeychainError ? error : classifyKeychainError(error);
    }
  }

  async set(account: string, secret: string): Promise<void> {
    try {
      await (await this.entry(account)).setPassword(secret);
    } catch (error) {
      throw error instanceof KeychainError ? error : classifyKeychainError(error);
    }
  }

  async delete(account: string): Promise<boolean> {
    try {
      return await (await this.entry(account)).deleteCredential();
    } catch (error) {
      throw error instanceof KeychainError ? error : classifyKeychainError(error);
    }
  }
}
