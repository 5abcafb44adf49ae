/**
 * SIGKILL a writer at random points of a key pair import or a connection save, 50 times on one data
 * folder (issue 15). Afterwards, as the next start finds it: the store parses, every listed key pair
 * opens, and every vault file is referenced by the store or in quarantine. The start sweep runs
 * with no grace period here, standing in for "an hour later".
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConnectionStore } from '../../../electron/core/connections/index';
import { OsKeychain } from '../../../electron/core/keychain/os-keychain';
import { KeyPairService } from '../../../electron/core/keypairs/index';
import { openDataStore } from '../../../electron/core/store/open-store';
import { Vault, VAULT_KEY_ACCOUNT } from '../../../electron/core/vault/index';
import { startSweep } from '../../../electron/core/vault/orphans';
import { ROOT } from '../../support/bundle';
import { collect } from '../vault/child-process';
import { FIXTURES } from '../keypairs/helpers';
import { childScript, storeParses, unreferencedVaultFiles } from './writers';

const KILLS = 50;
const service = `C4C Connect kill ${randomBytes(4).toString('hex')}`;
const keychain = new OsKeychain(service);

afterAll(async () => {
  await keychain.delete(VAULT_KEY_ACCOUNT);
});

interface Waiting {
  go(): void;
  ready: Promise<void>;
  done: ReturnType<typeof collect>;
  kill(): void;
  out(): string;
  /** From the go to the first finished change, when one finished. */
  firstChangeMs(): number | null;
}

/** A looping writer, started and waiting for its go (its start-up overlaps the previous round's checks). */
function prepare(args: string[]): Waiting {
  const proc = spawn(process.execPath, [childScript(), ...args], { cwd: ROOT });
  let out = '';
  let wentAt = 0;
  let firstAt: number | null = null;
  const ready = new Promise<void>((resolve) => {
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (firstAt === null && wentAt > 0 && /"(imported|saved)"/.test(out)) firstAt = Date.now();
      if (out.includes('"ready"')) resolve();
    });
  });
  return {
    go: () => {
      wentAt = Date.now();
      proc.stdin.write('go\n');
    },
    ready,
    done: collect(proc),
    kill: () => proc.kill('SIGKILL'),
    out: () => out,
    firstChangeMs: () => (firstAt === null ? null : firstAt - wentAt),
  };
}

/**
 * How long one change takes, per kind, learnt as the test goes (the first writer of each kind runs
 * until its first change is done): kills land anywhere from the start to a bit past the end of the
 * first change, on a fast machine and on a loaded one alike.
 */
const changeMs: Record<string, number | undefined> = {};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Let the writer run a random while (within about one change), then kill it. */
async function killAtRandom(writer: Waiting, kind: string): Promise<void> {
  await writer.ready;
  writer.go();
  const known = changeMs[kind];
  if (known === undefined) {
    await expect.poll(() => writer.firstChangeMs(), { timeout: 30_000, interval: 5 }).not.toBeNull();
    await sleep(Math.random() * (writer.firstChangeMs() ?? 0));
  } else await sleep(Math.random() * 1.3 * known);
  writer.kill();
  const run = await writer.done;
  expect(writer.out(), run.stderr).not.toMatch(/"ok":false/);
  const took = writer.firstChangeMs();
  // None finished in time: the machine is slower than thought, so wait longer next time.
  if (took === null) changeMs[kind] = (known ?? 100) * 1.5;
  else changeMs[kind] = known === undefined ? took : (known + took) / 2;
}

describe('a writer killed mid-change', () => {
  // A process start per kill: on a busy 2-core machine that alone can take a second.
  it(
    `leaves a store that parses, key pairs that open and no stray vault file, ${KILLS} kills`,
    { timeout: 180_000 },
    async () => {
      const dataFolder = mkdtempSync(join(tmpdir(), 'c4c-kill-'));
      const file = join(FIXTURES, 'openssl3-default.p12');
      const traces = { locks: 0, quarantined: 0 };
      let connectionsBefore = 0;
      const opened = new Set<string>();
      const argsFor = (round: number) =>
        round % 2 === 0 ? ['loop-import', dataFolder, service, file, 'Test1234'] : ['loop-save', dataFolder];
      let next = prepare(argsFor(0));
      for (let round = 0; round < KILLS; round++) {
        const writer = next;
        if (round + 1 < KILLS) next = prepare(argsFor(round + 1));
        await killAtRandom(writer, round % 2 === 0 ? 'import' : 'save');
        if (readdirSync(dataFolder).some((n) => n.endsWith('.lock'))) traces.locks++;

        // What the next start (app or CLI) does: open the store (a dead holder's lock is broken),
        // sweep orphans into quarantine.
        expect(storeParses(dataFolder), `round ${round}`).toBe(true);
        const { store } = openDataStore(dataFolder);
        const notices = startSweep(dataFolder, store, { graceMs: 0 });
        if (notices.length) traces.quarantined++;

        // Key pairs checked in an earlier round cannot have changed: only the new ones are opened.
        const keyPairs = new KeyPairService(new Vault(keychain, dataFolder), store);
        for (const k of keyPairs.list().filter((k) => !opened.has(k.id))) {
          expect(k.warnings, `round ${round} ${k.name}`).not.toContain('SECRET_MISSING');
          expect((await keyPairs.tlsMaterial(k.id)).keyPem, `round ${round} ${k.name}`).toContain(
            'PRIVATE KEY',
          );
          opened.add(k.id);
        }
        expect(unreferencedVaultFiles(dataFolder, store), `round ${round}`).toEqual([]);
        const connections = new ConnectionStore(store).list();
        expect(connections.length).toBeGreaterThanOrEqual(connectionsBefore);
        connectionsBefore = connections.length;
      }
      // The kills landed inside changes, not only between them.
      expect(traces.locks + traces.quarantined).toBeGreaterThan(0);
      expect(existsSync(join(dataFolder, 'c4c-connect.json'))).toBe(true);
      expect(opened.size).toBeGreaterThan(0);
      console.log(
        `kill test: ${traces.locks} of ${KILLS} kills left a lock behind, ${traces.quarantined} left an orphan that went to quarantine; a change took about ${Math.round(changeMs.import ?? 0)} ms (import), ${Math.round(changeMs.save ?? 0)} ms (save)`,
      );
    },
  );
});
