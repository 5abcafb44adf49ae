/**
 * The key pair service over the real vault (GNOME Keyring under scripts/with-keyring.sh) and the
 * real PKCS#12 reader in its worker thread, with the shared fixture files.
 */
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPkcs12 } from '../../../electron/core/pkcs12/index';
import { codeOf, fixture, setup, type Setup } from './helpers';

const OPENSSL3_LEAF = '1C00B16D614D2039005D1AC67C302519A5AF24DF6ADD96EADD7FC789DA85360A';
const EC_LEAF = 'BAE303E3A3FA6166B9BB3331AB046182872E7EB6FE1205C0C03D5163E6BB45A8';

let s: Setup;
afterEach(async () => {
  await s.cleanup();
});

const vaultFiles = (dataFolder: string): string[] => {
  try {
    return readdirSync(join(dataFolder, 'vault')).filter((n) => n.endsWith('.bin'));
  } catch {
    return [];
  }
};

describe('key pair service', () => {
  it('imports a .p12 and shows its details; the summary carries nothing secret', async () => {
    s = setup();
    const summary = await s.service.import({
      name: 'Tenant A',
      fileName: 'C:\\Users\\me\\Downloads\\with-chain.p12',
      bytes: fixture('with-chain.p12'),
      password: 'Test1234',
    });
    expect(summary).toMatchObject({ name: 'Tenant A', fileName: 'with-chain.p12' });
    expect(summary.certificate.sha256).toBe(OPENSSL3_LEAF);
    expect(summary.chain).toHaveLength(3);
    expect(summary.fileProtection.summary).toMatch(/AES-256/);
    expect(Object.keys(summary).sort()).toEqual(
      ['certificate', 'chain', 'fileName', 'fileProtection', 'id', 'importedAt', 'name', 'warnings'].sort(),
    );
    expect(JSON.stringify(summary)).not.toMatch(/Test1234|PRIVATE KEY/);
    expect(s.service.list().map((k) => k.name)).toEqual(['Tenant A']);
    expect(s.service.get(summary.id).certificate.sha256).toBe(OPENSSL3_LEAF);
    expect(s.service.find('tenant a')?.id).toBe(summary.id);
    expect(vaultFiles(s.dataFolder)).toHaveLength(1);
  });

  it('hands the connection test a key and chain that belong together, leaf first', async () => {
    s = setup();
    const { id } = await s.service.import({
      name: 'EC',
      fileName: 'ec.p12',
      bytes: fixture('ec-p256-with-chain.p12'),
      password: 'Test1234',
    });
    const tls = await s.service.tlsMaterial(id);
    expect(tls.chainPem).toHaveLength(3);
    const leaf = new X509Certificate(tls.chainPem[0]!);
    expect(leaf.fingerprint256.replace(/:/g, '')).toBe(EC_LEAF);
    expect(leaf.checkPrivateKey(createPrivateKey(tls.keyPem))).toBe(true);
    expect(new Date(tls.notAfter).toISOString()).toBe(new Date(leaf.validTo).toISOString());
  });

  it('stores nothing when the password is wrong or the file is not a key pair', async () => {
    s = setup();
    const bytes = fixture('openssl3-default.p12');
    expect(await codeOf(s.service.import({ name: 'X', fileName: 'x.p12', bytes, password: 'nope' }))).toBe(
      'WRONG_PASSWORD',
    );
    expect(
      await codeOf(
        s.service.import({
          name: 'X',
          fileName: 'x.p12',
          bytes: fixture('cert-only.p12'),
          password: 'Test1234',
        }),
      ),
    ).toBe('NO_PRIVATE_KEY');
    expect(
      await codeOf(
        s.service.import({
          name: 'X',
          fileName: 'x.p12',
          bytes: fixture('truncated.p12'),
          password: 'Test1234',
        }),
      ),
    ).toBe('INVALID_FILE');
    expect(s.service.list()).toEqual([]);
    expect(vaultFiles(s.dataFolder)).toEqual([]);
  });

  it('refuses a second key pair of the same name (any case), and renames', async () => {
    s = setup();
    const file = { fileName: 'a.p12', bytes: fixture('openssl3-default.p12'), password: 'Test1234' };
    const a = await s.service.import({ ...file, name: 'Tenant A' });
    expect(await codeOf(s.service.import({ ...file, name: ' tenant a ' }))).toBe('BAD_INPUT');
    const b = await s.service.import({ ...file, name: 'Tenant B' });
    expect(await codeOf(() => s.service.rename(b.id, 'TENANT A'))).toBe('BAD_INPUT');
    expect(s.service.rename(a.id, 'Tenant A (prod)').name).toBe('Tenant A (prod)');
    expect(s.service.list().map((k) => k.name)).toEqual(['Tenant A (prod)', 'Tenant B']);
    expect(vaultFiles(s.dataFolder)).toHaveLength(2);
  });

  it('deletes the secret file and the details', async () => {
    s = setup();
    const { id } = await s.service.import({
      name: 'A',
      fileName: 'a.p12',
      bytes: fixture('openssl3-default.p12'),
      password: 'Test1234',
    });
    expect(await s.service.delete(id)).toBe(true);
    expect(s.service.list()).toEqual([]);
    expect(vaultFiles(s.dataFolder)).toEqual([]);
    expect(await codeOf(s.service.tlsMaterial(id))).toBe('NOT_FOUND');
    expect(await s.service.delete(id)).toBe(false);
  });

  it('renews: the same key pair points at the new file, and the old secret is gone', async () => {
    s = setup();
    const old = await s.service.import({
      name: 'A',
      fileName: 'old.p12',
      bytes: fixture('openssl3-default.p12'),
      password: 'Test1234',
    });
    const [oldSecret] = vaultFiles(s.dataFolder);
    // A wrong password for the new file leaves the old one working.
    expect(
      await codeOf(
        s.service.replace(old.id, {
          fileName: 'new.p12',
          bytes: fixture('ec-p256-with-chain.p12'),
          password: 'x',
        }),
      ),
    ).toBe('WRONG_PASSWORD');
    expect(vaultFiles(s.dataFolder)).toEqual([oldSecret]);
    expect((await s.service.tlsMaterial(old.id)).chainPem).toHaveLength(1);

    const renewed = await s.service.replace(old.id, {
      fileName: 'new.p12',
      bytes: fixture('ec-p256-with-chain.p12'),
      password: 'Test1234',
    });
    expect(renewed).toMatchObject({ id: old.id, name: 'A', fileName: 'new.p12' });
    expect(renewed.certificate.sha256).toBe(EC_LEAF);
    const files = vaultFiles(s.dataFolder);
    expect(files).toHaveLength(1);
    expect(files).not.toContain(oldSecret);
    expect((await s.service.tlsMaterial(old.id)).chainPem).toHaveLength(3);
  });

  it('exports the original file, a re-protected file, and the certificate as PEM and DER', async () => {
    s = setup();
    const original = fixture('legacy-rc2-3des.p12');
    const { id } = await s.service.import({
      name: 'Legacy',
      fileName: 'l.p12',
      bytes: original,
      password: 'Test1234',
    });
    const out = (n: string) => join(s.dataFolder, '..', `${s.dataFolder.split('/').pop()}-${n}`);

    await s.service.exportTo(id, 'p12-original', out('orig.p12'));
    expect(readFileSync(out('orig.p12'))).toEqual(original);
    expect(statSync(out('orig.p12')).mode & 0o777).toBe(0o600);

    await s.service.exportTo(id, 'p12-new-password', out('new.p12'), 'N3w-Pässword');
    const reopened = await openPkcs12(readFileSync(out('new.p12')), 'N3w-Pässword');
    expect(reopened.inspection.certificate.sha256).toBe(OPENSSL3_LEAF);
    expect(reopened.inspection.fileProtection.summary).toMatch(/AES-256/);
    expect(reopened.inspection.warnings).not.toContain('WEAK_FILE_ENCRYPTION');
    expect(await codeOf(openPkcs12(readFileSync(out('new.p12')), 'Test1234'))).toBe('WRONG_PASSWORD');

    await s.service.exportTo(id, 'cert-pem', out('c.pem'));
    const pem = readFileSync(out('c.pem'), 'utf8');
    expect(pem).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(pem).not.toMatch(/PRIVATE KEY/);
    await s.service.exportTo(id, 'cert-der', out('c.cer'));
    expect(new X509Certificate(readFileSync(out('c.cer'))).fingerprint256.replace(/:/g, '')).toBe(
      OPENSSL3_LEAF,
    );

    expect(await codeOf(s.service.exportTo(id, 'p12-new-password', out('x.p12')))).toBe('BAD_INPUT');
  });

  it('recomputes days left and expiry warnings for today, not the day of import', async () => {
    let today = new Date('2030-01-01T00:00:00Z');
    s = setup(() => today);
    const { id } = await s.service.import({
      name: 'A',
      fileName: 'a.p12',
      bytes: fixture('openssl3-default.p12'),
      password: 'Test1234',
    });
    expect(s.service.get(id).warnings).not.toContain('CERT_EXPIRED');
    const notAfter = new Date(s.service.get(id).certificate.notAfter);
    today = new Date(notAfter.getTime() - 10 * 86_400_000);
    expect(s.service.get(id).warnings).toContain('CERT_EXPIRES_SOON');
    expect(s.service.get(id).certificate.daysLeft).toBe(10);
    today = new Date(notAfter.getTime() + 86_400_000);
    expect(s.service.list()[0]!.warnings).toContain('CERT_EXPIRED');
  });
});
