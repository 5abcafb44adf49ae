/**
 * The vault: envelope encryption of every secret the app keeps (a key pair's .p12 with its
 * password, basic-auth and proxy passwords). One random 256-bit key lives in the OS keychain; each
 * secret is its own AES-256-GCM file `<dataFolder>/vault/<id>.bin`. There is no plain-text
 * fallback: without a usable keychain, writing and reading secrets fail with a coded error.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { codedError } from '../../../shared/result';
import type { Keychain } from '../keychain/keychain';
import { fsyncDirectory, isAtomicTempName, writeFileAtomic } from './atomic-write';
import { withLock } from '../store/lock';
import { openSecret, sealSecret } from './vault-file';
import { loadVaultKey } from './vault-key';

/** Ids become file names: keep them to a safe alphabet (no separators, no dot files). */
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;
const SUFFIX = '.bin';
/** In the data folder, beside the store's lock. */
export const VAULT_KEY_LOCK = 'vault-key.lock';

export function assertSecretId(id: string): void {
  if (!ID.test(id)) throw codedError('BAD_INPUT', 'vault.badId', { id });
}

export class Vault {
  readonly folder: string;
  private key: Promise<Buffer> | null = null;

  constructor(
    private readonly keychain: Keychain,
    readonly dataFolder: string,
  ) {
    this.folder = join(dataFolder, 'vault');
  }

  private file(id: string): string {
    assertSecretId(id);
    return join(this.folder, `${id}${SUFFIX}`);
  }

  /** Ids of every secret file present (read without the key). */
  async ids(): Promise<string[]> {
    const names = await this.names();
    return names
      .filter((n) => n.endsWith(SUFFIX) && !n.startsWith('.'))
      .map((n) => n.slice(0, -SUFFIX.length));
  }

  private async names(): Promise<string[]> {
    try {
      return await readdir(this.folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  /**
   * The key, read from the keychain once per process; a failed read is retried next time. "Read,
   * else create, store and read back" runs under the data folder's vault-key lock, so two processes
   * starting on a fresh folder (the app and the CLI) never each store a key of their own.
   */
  private vaultKey(): Promise<Buffer> {
    this.key ??= (async () => {
      await mkdir(this.folder, { recursive: true, mode: 0o700 });
      return withLock(join(this.dataFolder, VAULT_KEY_LOCK), () =>
        loadVaultKey(this.keychain, this.folder, async () => (await this.ids()).length > 0),
      );
    })();
    const pending = this.key;
    pending.catch(() => {
      if (this.key === pending) this.key = null;
    });
    return pending;
  }

  /** Encrypt and store, replacing any secret of that id atomically (old or new, never a mix). */
  async putSecret(id: string, bytes: Uint8Array): Promise<void> {
    const path = this.file(id);
    const key = await this.vaultKey();
    await writeFileAtomic(path, sealSecret(key, id, bytes), 0o600);
  }

  /** The secret's bytes, or null when there is none of that id. */
  async getSecret(id: string): Promise<Buffer | null> {
    const path = this.file(id);
    let sealed: Buffer;
    try {
      sealed = await readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const key = await this.vaultKey();
    const opened = openSecret(key, id, sealed);
    if (!opened.ok) {
      throw codedError('VAULT_CORRUPT', 'vault.damaged', undefined, { id });
    }
    return opened.plaintext;
  }

  /** Synchronous, for lists: is the file there (no key needed, nothing decrypted)? */
  hasSecretFile(id: string): boolean {
    return existsSync(this.file(id));
  }

  async hasSecret(id: string): Promise<boolean> {
    return (await this.ids()).includes(id);
  }

  /**
   * Remove the file. Overwriting it first would be theatre: SSDs and copy-on-write file systems
   * write the new bytes elsewhere and keep the old blocks until the controller reuses them. What is
   * left is ciphertext whose key stays in the keychain; that is why the plaintext never touches disk.
   */
  async deleteSecret(id: string): Promise<boolean> {
    const path = this.file(id);
    // Temp files a crashed write of this id left behind go too (they hold its ciphertext).
    const prefix = `.${id}${SUFFIX}.`;
    for (const name of await this.names()) {
      if (name.startsWith(prefix) && isAtomicTempName(name))
        await rm(join(this.folder, name), { force: true });
    }
    let existed = true;
    try {
      await rm(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      existed = false;
    }
    if (existed) await fsyncDirectory(this.folder);
    return existed;
  }

  /** Small string secrets (basic-auth and proxy passwords), UTF-8 inside the same file format. */
  putText(id: string, text: string): Promise<void> {
    return this.putSecret(id, Buffer.from(text, 'utf8'));
  }

  async getText(id: string): Promise<string | null> {
    const bytes = await this.getSecret(id);
    return bytes === null ? null : bytes.toString('utf8');
  }
}
