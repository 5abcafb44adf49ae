/**
 * The vault against the real OS keychain (GNOME Keyring's Secret Service under scripts/with-keyring.sh).
 * Each test uses its own keychain service name and data folder.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { OsKeychain } from '../../../electron/core/keychain/os-keychain';
import { Vault, VAULT_KEY_ACCOUNT } from '../../../electron/core/vault/index';

let dataFolder: string;
let keychain: OsKeychain;

beforeEach(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'c4c-vault-'));
  keychain = new OsKeychain(`C4C Connect test ${randomBytes(4).toString('hex')}`);
  return async () => {
    await keychain.delete(VAULT_KEY_ACCOUNT);
  };
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

describe('vault with the real OS keychain', () => {
  it('stores, reads, lists and deletes a secret; the file holds only ciphertext', async () => {
    const vault = new Vault(keychain, dataFolder);
    const secret = Buffer.from('p12-bytes-and-password: Test1234 ÄÖÜ');
    await vault.putSecret('kp-1', secret);
    expect(await vault.hasSecret('kp-1')).toBe(true);
    expect(await vault.getSecret('kp-1')).toEqual(secret);

    const file = join(dataFolder, 'vault', 'kp-1.bin');
    const onDisk = await readFile(file);
    expect(onDisk.includes(secret)).toBe(false);
    expect(onDisk.includes(Buffer.from('Test1234'))).toBe(false);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);

    // A second instance (another process, the CLI) reads it with the key from the keychain.
    expect(await new Vault(keychain, dataFolder).getSecret('kp-1')).toEqual(secret);

    expect(await vault.deleteSecret('kp-1')).toBe(true);
    expect(await vault.hasSecret('kp-1')).toBe(false);
    expect(await vault.getSecret('kp-1')).toBeNull();
    expect(await vault.deleteSecret('kp-1')).toBe(false);
    expect((await readdir(join(dataFolder, 'vault'))).filter((n) => n.endsWith('.bin'))).toEqual([]);
  });

  it('keeps small string secrets (basic-auth passwords) with the text helper', async () => {
    const vault = new Vault(keychain, dataFolder);
    await vault.putText('basic-auth-sys1', 'pässwörd 🔑');
    expect(await vault.getText('basic-auth-sys1')).toBe('pässwörd 🔑');
    await vault.putText('basic-auth-sys1', 'new');
    expect(await vault.getText('basic-auth-sys1')).toBe('new');
    expect(await vault.getText('nothing-here')).toBeNull();
  });

  it('keeps only one small key in the keychain, never a secret', async () => {
    const vault = new Vault(keychain, dataFolder);
    await vault.putSecret('big', randomBytes(50_000));
    const key = await keychain.get(VAULT_KEY_ACCOUNT);
    expect(Buffer.from(key!, 'base64')).toHaveLength(32);
  });

  it('refuses ids that are not safe file names', async () => {
    const vault = new Vault(keychain, dataFolder);
    expect(await codeOf(vault.putSecret('../escape', Buffer.from('x')))).toBe('BAD_INPUT');
    expect(await codeOf(vault.getSecret('a/b'))).toBe('BAD_INPUT');
    expect(await codeOf(vault.putSecret('.hidden', Buffer.from('x')))).toBe('BAD_INPUT');
  });

  it('reports VAULT_CORRUPT for a file changed by one bit', async () => {
    const vault = new Vault(keychain, dataFolder);
    await vault.putSecret('kp-1', Buffer.from('secret'));
    const file = join(dataFolder, 'vault', 'kp-1.bin');
    const bytes = await readFile(file);
    bytes[bytes.length - 1]! ^= 0x01;
    await writeFile(file, bytes);
    expect(await codeOf(vault.getSecret('kp-1'))).toBe('VAULT_CORRUPT');
  });

  it('reports VAULT_CORRUPT for a file moved to another id (the id is authenticated)', async () => {
    const vault = new Vault(keychain, dataFolder);
    await vault.putSecret('kp-a', Buffer.from('secret of a'));
    await rename(join(dataFolder, 'vault', 'kp-a.bin'), join(dataFolder, 'vault', 'kp-b.bin'));
    expect(await codeOf(vault.getSecret('kp-b'))).toBe('VAULT_CORRUPT');
  });

  it('reports VAULT_CORRUPT for a truncated file', async () => {
    const vault = new Vault(keychain, dataFolder);
    await vault.putSecret('kp-1', Buffer.from('secret'));
    await writeFile(join(dataFolder, 'vault', 'kp-1.bin'), Buffer.from('C4C'));
    expect(await codeOf(vault.getSecret('kp-1'))).toBe('VAULT_CORRUPT');
  });

  it('reports VAULT_KEY_LOST when the keychain entry is gone, and neither touches the files nor makes a new key', async () => {
    await new Vault(keychain, dataFolder).putSecret('kp-1', Buffer.from('secret'));
    const file = join(dataFolder, 'vault', 'kp-1.bin');
    const before = await readFile(file);
    expect(await keychain.delete(VAULT_KEY_ACCOUNT)).toBe(true);

    const vault = new Vault(keychain, dataFolder);
    expect(await codeOf(vault.getSecret('kp-1'))).toBe('VAULT_KEY_LOST');
    expect(await codeOf(vault.putSecret('kp-2', Buffer.from('other')))).toBe('VAULT_KEY_LOST');
    expect(await keychain.get(VAULT_KEY_ACCOUNT)).toBeNull();
    expect(await readFile(file)).toEqual(before);
    expect((await readdir(join(dataFolder, 'vault'))).sort()).toEqual(['kp-1.bin', 'vault.json']);
  });

  it('reports VAULT_KEY_LOST when the keychain holds a different key than the one that wrote the files', async () => {
    await new Vault(keychain, dataFolder).putSecret('kp-1', Buffer.from('secret'));
    await keychain.set(VAULT_KEY_ACCOUNT, randomBytes(32).toString('base64'));
    expect(await codeOf(new Vault(keychain, dataFolder).getSecret('kp-1'))).toBe('VAULT_KEY_LOST');
  });

  it('creates a new key when no secret exists yet (first start, or after everything was deleted)', async () => {
    const vault = new Vault(keychain, dataFolder);
    await vault.putSecret('kp-1', Buffer.from('x'));
    await vault.deleteSecret('kp-1');
    await keychain.delete(VAULT_KEY_ACCOUNT);
    const again = new Vault(keychain, dataFolder);
    await again.putSecret('kp-2', Buffer.from('y'));
    expect((await again.getSecret('kp-2'))?.toString()).toBe('y');
  });

  it('removes temp files a crashed write left behind when the secret is deleted', async () => {
    const vault = new Vault(keychain, dataFolder);
    await vault.putSecret('kp-1', Buffer.from('x'));
    await writeFile(join(dataFolder, 'vault', '.kp-1.bin.abcdef012345.tmp'), 'ciphertext');
    await vault.deleteSecret('kp-1');
    expect(await readdir(join(dataFolder, 'vault'))).toEqual(['vault.json']);
  });
});
