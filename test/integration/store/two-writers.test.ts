/**
 * Two processes change one data folder at the same moment (issue 15): the app and a `c4c-connect`
 * run, or two runs. Every round starts on a fresh data folder and, for key pairs, a fresh keychain
 * service, so the two also race to create the vault key. Afterwards both changes must be there.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionStore } from '../../../electron/core/connections/index';
import { OsKeychain } from '../../../electron/core/keychain/os-keychain';
import { KeyPairService } from '../../../electron/core/keypairs/index';
import { openDataStore } from '../../../electron/core/store/open-store';
import { Vault, VAULT_KEY_ACCOUNT } from '../../../electron/core/vault/index';
import { FIXTURES } from '../keypairs/helpers';
import { draft } from './child/draft';
import { startWriter, storeParses, type Writer } from './writers';

const ROUNDS = 50;
const fresh = () => mkdtempSync(join(tmpdir(), 'c4c-two-writers-'));
let a: Writer;
let b: Writer;

beforeAll(() => {
  a = startWriter();
  b = startWriter();
});
afterAll(() => {
  a.stop();
  b.stop();
});

describe('two writers on one data folder', () => {
  // Each round reads and writes a fresh keychain entry: D-Bus round trips add up on a busy machine.
  it(
    `both key pairs are listed and open after ${ROUNDS} simultaneous imports`,
    { timeout: 120_000 },
    async () => {
      const fileA = join(FIXTURES, 'openssl3-default.p12');
      const fileB = join(FIXTURES, 'with-chain.p12');
      for (let round = 0; round < ROUNDS; round++) {
        const dataFolder = fresh();
        const service = `C4C Connect race ${randomBytes(4).toString('hex')}`;
        const keychain = new OsKeychain(service);
        try {
          const [ra, rb] = await Promise.all([
            a.ask({ op: 'import', dataFolder, service, file: fileA, name: 'A', password: 'Test1234' }),
            b.ask({ op: 'import', dataFolder, service, file: fileB, name: 'B', password: 'Test1234' }),
          ]);
          expect([ra, rb], `round ${round}`).toMatchObject([{ ok: true }, { ok: true }]);
          expect(storeParses(dataFolder)).toBe(true);
          const service_ = new KeyPairService(
            new Vault(keychain, dataFolder),
            openDataStore(dataFolder).store,
          );
          expect(
            service_.list().map((k) => k.name),
            `round ${round}`,
          ).toEqual(['A', 'B']);
          for (const k of service_.list()) {
            expect(k.warnings).not.toContain('SECRET_MISSING');
            expect((await service_.tlsMaterial(k.id)).keyPem, `round ${round} ${k.name}`).toContain(
              'PRIVATE KEY',
            );
          }
        } finally {
          await keychain.delete(VAULT_KEY_ACCOUNT);
        }
      }
    },
  );

  it(`both connections are saved after ${ROUNDS} simultaneous saves`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const dataFolder = fresh();
      const [ra, rb] = await Promise.all([
        a.ask({ op: 'save', dataFolder, name: 'Tenant A' }),
        b.ask({ op: 'save', dataFolder, name: 'Tenant B' }),
      ]);
      expect([ra, rb], `round ${round}`).toMatchObject([{ ok: true }, { ok: true }]);
      const names = new ConnectionStore(openDataStore(dataFolder).store).list().map((c) => c.name);
      expect(names.sort(), `round ${round}`).toEqual(['Tenant A', 'Tenant B']);
    }
  });

  it(`a save and a delete at the same moment both take effect, ${ROUNDS} times`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const dataFolder = fresh();
      new ConnectionStore(openDataStore(dataFolder).store).save(draft('Old'));
      const [ra, rb] = await Promise.all([
        a.ask({ op: 'save', dataFolder, name: 'New' }),
        b.ask({ op: 'delete', dataFolder, name: 'Old' }),
      ]);
      expect([ra, rb], `round ${round}`).toMatchObject([{ ok: true }, { ok: true, deleted: true }]);
      const names = new ConnectionStore(openDataStore(dataFolder).store).list().map((c) => c.name);
      expect(names, `round ${round}`).toEqual(['New']);
    }
  });
});
