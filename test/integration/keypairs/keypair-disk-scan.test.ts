/**
 * After an import, nothing on disk may hold the password, the private key or the .p12 bytes in the
 * clear: not the store, not the vault files, not a temp file, not a log.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPkcs12 } from '../../../electron/core/pkcs12/index';
import { scanForSecrets } from './disk-scan';
import { fixture, setup, type Setup } from './helpers';

let s: Setup;
afterEach(async () => {
  await s.cleanup();
});

describe('disk scan after import', () => {
  it.each([
    ['openssl3-default.p12', 'Test1234'],
    ['ec-p256-with-chain.p12', 'Test1234'],
    ['unicode-password.p12', 'Grüße€'],
  ])('finds no password, key or file bytes of %s in the data folder', async (file, password) => {
    s = setup();
    const p12 = fixture(file);
    const { keyPem } = await openPkcs12(p12, password);
    const secrets = { password, keyPem, p12 };

    // The scan itself can fail: plant the secrets in a file and it must find every form.
    const planted = mkdtempSync(join(tmpdir(), 'c4c-planted-'));
    writeFileSync(join(planted, 'leak.txt'), Buffer.concat([Buffer.from(`${password}\n${keyPem}\n`), p12]));
    expect(scanForSecrets([planted], secrets).length).toBeGreaterThanOrEqual(5);

    const { id } = await s.service.import({ name: 'A', fileName: file, bytes: p12, password });
    await s.service.tlsMaterial(id);
    expect(scanForSecrets([s.dataFolder], secrets)).toEqual([]);

    await s.service.delete(id);
    expect(scanForSecrets([s.dataFolder], secrets)).toEqual([]);
  });
});
