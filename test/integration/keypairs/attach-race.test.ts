/**
 * Attaching a signed certificate takes a while (vault read, new vault file); another window or a
 * `c4c-connect` run may rename or delete the key pair meanwhile. Both writers use the real store
 * on one data folder; the other writer's change lands right after the attach has started.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyPairService } from '../../../electron/core/keypairs/index';
import { readRecords, writeRecords } from '../../../electron/core/keypairs/records';
import { openDataStore } from '../../../electron/core/store/open-store';
import { Vault } from '../../../electron/core/vault/index';
import { codeOf, fixture, setup, type Setup } from './helpers';
import { sayMessage } from '../../../shared/messages/say';
import type { CodedError } from '../../../shared/result';

/** The leaf of ec-p256-with-chain.p12 (SHA-256). */
const EC_LEAF = 'BAE303E3A3FA6166B9BB3331AB046182872E7EB6FE1205C0C03D5163E6BB45A8';

let s: Setup;
/** The other writer: its own store and service on the same data folder, as a second process has. */
let other: KeyPairService;
let otherStore: ReturnType<typeof openDataStore>['store'];

beforeAll(() => {
  s = setup();
  otherStore = openDataStore(s.dataFolder).store;
  other = new KeyPairService(new Vault(s.keychain, s.dataFolder), otherStore);
});
afterAll(() => s.cleanup());

/** A created key pair and its own certificate (PEM): attaching it again is a valid completion. */
async function created(name: string) {
  const k = await s.service.create({ name, subject: `CN=${name}`, key: 'ec256', days: 30 });
  const path = join(s.dataFolder, `${k.id}.crt`);
  await s.service.exportTo(k.id, 'cert-pem', path);
  return { id: k.id, cert: readFileSync(path) };
}

const vaultFiles = () =>
  readdirSync(join(s.dataFolder, 'vault'))
    .filter((n) => n.startsWith('kp-'))
    .sort();

describe('attaching a certificate while another writer changes the key pair', () => {
  it('keeps a rename made meanwhile', async () => {
    const k = await created('Before rename');
    const attaching = s.service.attachCertificate(k.id, k.cert);
    other.rename(k.id, 'Renamed meanwhile');
    const done = await attaching;
    expect(done.name).toBe('Renamed meanwhile');
    expect(other.get(k.id).name).toBe('Renamed meanwhile');
  });

  it('does not bring back a key pair deleted meanwhile, and leaves no secret behind', async () => {
    const k = await created('Deleted meanwhile');
    const before = vaultFiles();
    const attaching = s.service.attachCertificate(k.id, k.cert);
    // The other writer's delete as it reaches the store (its vault delete is its own business).
    otherStore.update(() =>
      writeRecords(
        otherStore,
        readRecords(otherStore).filter((r) => r.id !== k.id),
      ),
    );
    expect(await codeOf(attaching)).toBe('NOT_FOUND');
    expect(other.find(k.id)).toBeNull();
    expect(s.service.list().map((x) => x.name)).not.toContain('Deleted meanwhile');
    // The new secret written for the attach is removed again; the old one is the deleter's.
    expect(vaultFiles()).toEqual(before);
  });

  it('of two attaches at once, one lands, the other says the key pair changed, no secret is orphaned', async () => {
    const k = await created('Twice');
    const oldSecret = readRecords(s.store).find((r) => r.id === k.id)!.secretId;
    const before = vaultFiles();
    const outcomes = await Promise.allSettled([
      s.service.attachCertificate(k.id, k.cert),
      other.attachCertificate(k.id, k.cert),
    ]);
    const landed = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as CodedError] : []));
    expect(landed).toHaveLength(1);
    expect(refused.map((e) => e.code)).toEqual(['KEYPAIR_CHANGED']);
    // Its own sentence, naming the key pair, in either language.
    const says = refused[0]!.says!;
    expect(sayMessage('en', says)).toBe(
      'The key pair "Twice" was renewed or completed meanwhile (in another window or by a command). Nothing was changed here; try again.',
    );
    expect(sayMessage('de', says)).toBe(
      'Das Schlüsselpaar „Twice“ wurde inzwischen erneuert oder vervollständigt (in einem anderen Fenster oder durch einen Befehl). Hier wurde nichts geändert; versuchen Sie es erneut.',
    );
    const record = readRecords(s.store).find((r) => r.id === k.id)!;
    expect(record.name).toBe('Twice');
    const added = vaultFiles().filter((n) => !before.includes(n));
    expect(added).toEqual([`${record.secretId}.bin`]);
    expect(vaultFiles().some((n) => n.startsWith(oldSecret))).toBe(false);
    expect((await s.service.tlsMaterial(k.id)).keyPem).toContain('PRIVATE KEY');
  });

  it('does not bring the old key back over a renewal made meanwhile', async () => {
    // The order pinned: the renewal (another writer, another .p12 with another key) lands the
    // moment the attach has stored its new secret, before the attach points the key pair at it.
    let onStored: (() => Promise<void>) | null = null;
    class StoringVault extends Vault {
      override async putSecret(id: string, bytes: Uint8Array): Promise<void> {
        await super.putSecret(id, bytes);
        const hook = onStored;
        onStored = null;
        await hook?.();
      }
    }
    const attacher = new KeyPairService(new StoringVault(s.keychain, s.dataFolder), s.store);
    const k = await created('Renewed while attaching');
    const oldSecret = readRecords(s.store).find((r) => r.id === k.id)!.secretId;
    const before = vaultFiles();
    onStored = async () => {
      await other.replace(k.id, {
        fileName: 'renewed.p12',
        bytes: fixture('ec-p256-with-chain.p12'),
        password: 'Test1234',
      });
    };
    expect(await codeOf(attacher.attachCertificate(k.id, k.cert))).toBe('KEYPAIR_CHANGED');
    const renewed = other.get(k.id);
    expect(renewed.fileName).toBe('renewed.p12');
    expect(renewed.certificate.sha256).toBe(EC_LEAF);
    const record = readRecords(s.store).find((r) => r.id === k.id)!;
    // Only the renewal's secret is left: the attach's is removed, the old one was replaced.
    expect(vaultFiles()).toEqual(
      [...before.filter((n) => !n.startsWith(oldSecret)), `${record.secretId}.bin`].sort(),
    );
  });

  it('a delete that starts while the attach stores its secret leaves no secret behind', async () => {
    // Both writers on real vaults, with the order pinned: the delete reads the record (old secret)
    // the moment the attach has stored its new secret, waits while the attach points the record at
    // it, and only then goes on to remove the old secret and the record.
    let onStored: (() => void) | null = null;
    class StoringVault extends Vault {
      override async putSecret(id: string, bytes: Uint8Array): Promise<void> {
        await super.putSecret(id, bytes);
        onStored?.();
      }
    }
    let open = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    class WaitingVault extends Vault {
      override async deleteSecret(id: string): Promise<boolean> {
        await gate;
        return super.deleteSecret(id);
      }
    }
    const attacher = new KeyPairService(new StoringVault(s.keychain, s.dataFolder), s.store);
    const deleter = new KeyPairService(new WaitingVault(s.keychain, s.dataFolder), otherStore);
    const k = await created('Deleted while attaching');
    const oldSecret = readRecords(s.store).find((r) => r.id === k.id)!.secretId;
    const before = vaultFiles();
    const deleting: Promise<boolean>[] = [];
    onStored = () => {
      onStored = null;
      deleting.push(deleter.delete(k.id));
    };
    await attacher.attachCertificate(k.id, k.cert);
    open();
    expect(await Promise.all(deleting)).toEqual([true]);
    expect(other.find(k.id)).toBeNull();
    // Neither the old secret nor the one the attach stored is left in the vault.
    expect(vaultFiles()).toEqual(before.filter((n) => !n.startsWith(oldSecret)));
  });
});
