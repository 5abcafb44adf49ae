/**
 * The vault key: 32 random bytes, base64 in the OS keychain under one account. Only this small key
 * goes to the keychain (Windows Credential Manager refuses secrets over 2,560 bytes); the secrets
 * themselves are files encrypted with it.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CodedError, codedError } from '../../../shared/result';
import { KeychainError, type Keychain } from '../keychain/keychain';
import { writeFileAtomic } from './atomic-write';

export const VAULT_KEY_ACCOUNT = 'vault-key';
const KEY_BYTES = 32;

/** The keychain's own error, as the user must hear it (the message already says what to do). */
export function keychainFailure(error: unknown): CodedError {
  if (error instanceof KeychainError) {
    return new CodedError(
      error.problem === 'locked' ? 'KEYCHAIN_LOCKED' : 'KEYCHAIN_UNAVAILABLE',
      error.message,
    );
  }
  return codedError('KEYCHAIN_UNAVAILABLE', 'vault.keychainUnreachable');
}

export const vaultKeyLost = (folder: string): CodedError =>
  codedError('VAULT_KEY_LOST', 'vault.keyLost', { folder }, { folder });

/**
 * A non-secret check value of the key (HMAC of a constant under the key): it tells "the keychain
 * holds a different key than the one that wrote these files" apart from "this one file is damaged".
 */
const keyCheck = (key: Buffer): string =>
  createHmac('sha256', key).update('c4c-connect vault key check').digest('hex').slice(0, 32);

interface VaultMeta {
  format: number;
  keyCheck: string;
}

async function readMeta(folder: string): Promise<VaultMeta | null> {
  try {
    const parsed = JSON.parse(await readFile(join(folder, 'vault.json'), 'utf8')) as Partial<VaultMeta>;
    return typeof parsed.keyCheck === 'string'
      ? { format: Number(parsed.format), keyCheck: parsed.keyCheck }
      : null;
  } catch {
    return null;
  }
}

const writeMeta = (folder: string, key: Buffer): Promise<void> =>
  writeFileAtomic(
    join(folder, 'vault.json'),
    Buffer.from(`${JSON.stringify({ format: 1, keyCheck: keyCheck(key) }, null, 2)}\n`),
    0o600,
  );

function decodeKey(text: string): Buffer | null {
  const key = Buffer.from(text, 'base64');
  return key.length === KEY_BYTES ? key : null;
}

const sameCheck = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * On Linux a locked or missing keyring answers a read with "nothing there", silently; only a write
 * fails. Before saying the key is lost, prove the keychain can be written at all.
 */
async function assertKeychainWritable(keychain: Keychain): Promise<void> {
  const account = `probe-${randomBytes(6).toString('hex')}`;
  try {
    await keychain.set(account, 'probe');
    await keychain.delete(account);
  } catch (error) {
    throw keychainFailure(error);
  }
}

/**
 * Read the vault key, creating it only when no secret exists yet. When secrets exist and the key
 * is gone, this throws VAULT_KEY_LOST and touches nothing: a new key would make every file
 * unreadable for good, and the user may still restore the keychain.
 */
export async function loadVaultKey(
  keychain: Keychain,
  folder: string,
  secretsExist: () => Promise<boolean>,
): Promise<Buffer> {
  let stored: string | null;
  try {
    stored = await keychain.get(VAULT_KEY_ACCOUNT);
  } catch (error) {
    throw keychainFailure(error);
  }
  const meta = await readMeta(folder);
  if (stored !== null) {
    const key = decodeKey(stored);
    if (!key) {
      if (await secretsExist()) throw vaultKeyLost(folder);
      return createKey(keychain, folder);
    }
    if (!meta || !sameCheck(meta.keyCheck, keyCheck(key))) {
      // A different key than the one that wrote the files: they cannot be read with it.
      if (meta && (await secretsExist())) throw vaultKeyLost(folder);
      await writeMeta(folder, key);
    }
    return key;
  }
  if (await secretsExist()) {
    await assertKeychainWritable(keychain);
    throw vaultKeyLost(folder);
  }
  return createKey(keychain, folder);
}

async function createKey(keychain: Keychain, folder: string): Promise<Buffer> {
  const fresh = randomBytes(KEY_BYTES);
  let back: string | null;
  try {
    await keychain.set(VAULT_KEY_ACCOUNT, fresh.toString('base64'));
    back = await keychain.get(VAULT_KEY_ACCOUNT);
  } catch (error) {
    throw keychainFailure(error);
  }
  // Another process (the CLI beside the app) may have created the key at the same moment: the
  // keychain's answer wins, so both use the same key.
  const key = back === null ? null : decodeKey(back);
  if (!key) {
    throw codedError('KEYCHAIN_UNAVAILABLE', 'vault.keyNotReturned');
  }
  await writeMeta(folder, key);
  return key;
}
