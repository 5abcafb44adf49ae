/**
 * The vault when the keychain cannot be used: a locked GNOME Keyring in its own D-Bus session, and
 * no D-Bus session at all. Each runs the vault in a child process with that environment.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OsKeychain } from '../../../electron/core/keychain/os-keychain';
import { Vault, VAULT_KEY_ACCOUNT } from '../../../electron/core/vault/index';
import { buildVaultChild, inLockedKeyring, runChild, withoutDbus } from './child-process';

let child: string;
beforeAll(async () => {
  child = await buildVaultChild();
});

const service = () => `C4C Connect test ${randomBytes(4).toString('hex')}`;
const folder = () => mkdtemp(join(tmpdir(), 'c4c-vault-state-'));

async function binFiles(dataFolder: string): Promise<string[]> {
  try {
    return (await readdir(join(dataFolder, 'vault'))).filter((n) => n.endsWith('.bin') || n.endsWith('.tmp'));
  } catch {
    return [];
  }
}

describe('vault with a locked keyring', () => {
  it('refuses to store a secret with KEYCHAIN_LOCKED and writes nothing', async () => {
    const dataFolder = await folder();
    const run = await runChild(child, ['put', dataFolder, service(), 'kp-1', 'Test1234'], {
      wrap: inLockedKeyring(await mkdtemp(join(tmpdir(), 'c4c-locked-'))),
    });
    expect(run.lines.at(-1), run.stderr).toMatchObject({ ok: false, code: 'KEYCHAIN_LOCKED' });
    expect(String(run.lines.at(-1)?.message)).toMatch(/unlock/i);
    expect(await binFiles(dataFolder)).toEqual([]);
  });

  it('reports KEYCHAIN_LOCKED, not VAULT_KEY_LOST, when secrets exist but the keyring is locked', async () => {
    const dataFolder = await folder();
    const name = service();
    const keychain = new OsKeychain(name);
    await new Vault(keychain, dataFolder).putText('kp-1', 'secret');
    const before = await readFile(join(dataFolder, 'vault', 'kp-1.bin'));
    try {
      const run = await runChild(child, ['get', dataFolder, name, 'kp-1'], {
        wrap: inLockedKeyring(await mkdtemp(join(tmpdir(), 'c4c-locked-'))),
      });
      expect(run.lines.at(-1), run.stderr).toMatchObject({ ok: false, code: 'KEYCHAIN_LOCKED' });
      expect(await readFile(join(dataFolder, 'vault', 'kp-1.bin'))).toEqual(before);
    } finally {
      await keychain.delete(VAULT_KEY_ACCOUNT);
    }
  });
});

describe('vault without any keychain (no D-Bus session)', () => {
  it('refuses to store a secret with KEYCHAIN_UNAVAILABLE and writes nothing', async () => {
    const dataFolder = await folder();
    const run = await runChild(child, ['put', dataFolder, service(), 'kp-1', 'Test1234'], {
      env: withoutDbus(),
    });
    expect(run.lines.at(-1), run.stderr).toMatchObject({ ok: false, code: 'KEYCHAIN_UNAVAILABLE' });
    expect(String(run.lines.at(-1)?.message)).toMatch(/Secret Service|keychain/);
    expect(await binFiles(dataFolder)).toEqual([]);
  });

  it('reports KEYCHAIN_UNAVAILABLE when reading existing secrets, and leaves them as they were', async () => {
    const dataFolder = await folder();
    const name = service();
    const keychain = new OsKeychain(name);
    await new Vault(keychain, dataFolder).putText('kp-1', 'secret');
    const before = await readFile(join(dataFolder, 'vault', 'kp-1.bin'));
    try {
      const run = await runChild(child, ['get', dataFolder, name, 'kp-1'], { env: withoutDbus() });
      expect(run.lines.at(-1), run.stderr).toMatchObject({ ok: false, code: 'KEYCHAIN_UNAVAILABLE' });
      expect(await readFile(join(dataFolder, 'vault', 'kp-1.bin'))).toEqual(before);
      // The same folder still opens once the keychain is back.
      expect(await new Vault(keychain, dataFolder).getText('kp-1')).toBe('secret');
    } finally {
      await keychain.delete(VAULT_KEY_ACCOUNT);
    }
  });
});
