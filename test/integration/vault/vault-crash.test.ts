/**
 * Kill the writer (SIGKILL) in the middle of writing a secret, many times: the secret must always
 * open to the old or a new whole state, never to a mix, a short file or an authentication failure.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OsKeychain } from '../../../electron/core/keychain/os-keychain';
import { Vault, VAULT_KEY_ACCOUNT } from '../../../electron/core/vault/index';
import { buildVaultChild, collect, parseLines } from './child-process';
import { statePayload, whichState } from './child/state-payload';

const KILLS = 50;
// Large enough that a write takes a while, so kills land inside write/fsync/rename.
const SIZE = 512 * 1024;

let child: string;
const service = `C4C Connect test ${randomBytes(4).toString('hex')}`;
const keychain = new OsKeychain(service);

beforeAll(async () => {
  child = await buildVaultChild();
});
afterAll(async () => {
  await keychain.delete(VAULT_KEY_ACCOUNT);
});

describe('vault crash safety', () => {
  it(`always finds the old or the new state after ${KILLS} kills mid-write`, async () => {
    const dataFolder = await mkdtemp(join(tmpdir(), 'c4c-vault-crash-'));
    const vault = new Vault(keychain, dataFolder);
    await vault.putSecret('kp-1', statePayload(0, SIZE));
    let killedMidWrite = 0;
    const vaultDir = join(dataFolder, 'vault');
    let last = 0;

    for (let round = 0; round < KILLS; round++) {
      const proc = spawn(process.execPath, [child, 'write-loop', dataFolder, service, 'kp-1', String(SIZE)]);
      let out = '';
      const ready = new Promise<void>((resolve) => {
        proc.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('"ready"')) resolve();
        });
      });
      const done = collect(proc);
      await ready;
      // Vary the moment: from right after start to several writes in.
      await new Promise((r) => setTimeout(r, 1 + ((round * 7) % 40)));
      proc.kill('SIGKILL');
      const run = await done;
      const wrote = parseLines(out)
        .map((l) => Number(l.wrote ?? 0))
        .reduce((a, b) => Math.max(a, b), 0);

      const bytes = await new Vault(keychain, dataFolder).getSecret('kp-1');
      expect(bytes, `round ${round}: ${run.stderr}`).not.toBeNull();
      const state = whichState(bytes!, SIZE);
      // Reported writes are complete; the one in flight may or may not have landed.
      expect(state, `round ${round}`).not.toBeNull();
      const allowed = wrote === 0 ? [last, 1] : [wrote, wrote + 1];
      expect(allowed, `round ${round}: wrote ${wrote}, found ${state}`).toContain(state);
      // A temp file left behind means the kill landed between creating it and the rename.
      const temps = (await readdir(vaultDir)).filter((n) => n.endsWith('.tmp'));
      if (temps.length > 0) killedMidWrite++;
      for (const name of temps) await rm(join(vaultDir, name));
      // Next round starts from the state found: put it back as state 0 so numbering restarts.
      await vault.putSecret('kp-1', statePayload(0, SIZE));
      last = 0;
    }
    // Proves the kills really landed during writes, not only between them.
    expect(killedMidWrite).toBeGreaterThan(KILLS / 5);
    console.log(`vault crash test: ${killedMidWrite} of ${KILLS} kills landed mid-write`);
  });
});
