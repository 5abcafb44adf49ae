/**
 * The OS keychain, behind a small interface so core runs anywhere and tests use the real thing
 * (GNOME Keyring's Secret Service under dbus in CI). Only short secrets go here: Windows
 * Credential Manager refuses anything over 2,560 bytes, so the vault keeps one 256-bit key here and
 * the encrypted blobs in files (envelope encryption).
 */
export interface Keychain {
  /** Resolves null when there is no such entry. Rejects with a KeychainError when unreachable. */
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  /** Resolves true when an entry was deleted, false when there was none. */
  delete(account: string): Promise<boolean>;
  /** Which store this is, for the doctor ("Secret Service", "macOS Keychain", ...). */
  readonly backend: string;
}

export type KeychainProblem = 'unavailable' | 'locked';

export class KeychainError extends Error {
  constructor(
    readonly problem: KeychainProblem,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'KeychainError';
  }
}

export const KEYCHAIN_SERVICE = 'C4C Connect';
