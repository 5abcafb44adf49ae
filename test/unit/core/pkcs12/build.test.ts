/** buildPkcs12 writes a file that we, and OpenSSL inside Node, open again with the new password. */
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSecureContext } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { buildPkcs12, openPkcs12 } from '../../../../electron/core/pkcs12/index';

const dir = join(import.meta.dirname, '../../../fixtures/pkcs12');
const NOW = new Date('2027-03-01T00:00:00Z');

describe('buildPkcs12 (export re-protected with a new password)', () => {
  for (const file of ['with-chain.p12', 'ec-p256-with-chain.p12', 'legacy-rc2-3des.p12']) {
    it(`re-protects ${file} with AES-256-CBC, PBKDF2 and a SHA-256 MAC, keeping key and chain`, async () => {
      const original = await openPkcs12(readFileSync(join(dir, file)), 'Test1234', NOW);
      const password = 'Neues Passwort 🔑 €';
      const bytes = await buildPkcs12(original.keyPem, original.chainPem, password, 'c4c-export');
      const reopened = await openPkcs12(bytes, password, NOW);
      expect(reopened.inspection.certificate).toEqual(original.inspection.certificate);
      expect(reopened.inspection.chain).toEqual(original.inspection.chain);
      expect(reopened.chainPem).toEqual(original.chainPem);
      expect(createPrivateKey(reopened.keyPem).export({ type: 'pkcs8', format: 'der' })).toEqual(
        createPrivateKey(original.keyPem).export({ type: 'pkcs8', format: 'der' }),
      );
      expect(reopened.inspection.fileProtection).toEqual({
        keyEncryption: 'AES-256-CBC',
        certEncryption: 'AES-256-CBC',
        mac: 'SHA-256',
        iterations: 10000,
        summary: 'AES-256-CBC, PBKDF2, 10000 iterations',
      });
      expect(reopened.inspection.warnings).not.toContain('WEAK_FILE_ENCRYPTION');
      await expect(openPkcs12(bytes, 'Test1234')).rejects.toMatchObject({ code: 'WRONG_PASSWORD' });
      // Node's own OpenSSL loader reads it too (it refuses the RC2 original).
      expect(() => createSecureContext({ pfx: Buffer.from(bytes), passphrase: password })).not.toThrow();
    });
  }

  it('a key with a certificate of another key -> KEY_CERT_MISMATCH', async () => {
    const rsa = await openPkcs12(readFileSync(join(dir, 'with-chain.p12')), 'Test1234', NOW);
    const ec = await openPkcs12(readFileSync(join(dir, 'ec-p256-with-chain.p12')), 'Test1234', NOW);
    const bytes = await buildPkcs12(ec.keyPem, rsa.chainPem, 'pw');
    await expect(openPkcs12(bytes, 'pw')).rejects.toMatchObject({ code: 'KEY_CERT_MISMATCH' });
  });

  it('finds the leaf and orders the chain whatever the bag order', async () => {
    const rsa = await openPkcs12(readFileSync(join(dir, 'with-chain.p12')), 'Test1234', NOW);
    const ec = await openPkcs12(readFileSync(join(dir, 'ec-p256-with-chain.p12')), 'Test1234', NOW);
    const [leaf, intermediate, root] = rsa.chainPem as [string, string, string];
    const unrelated = ec.chainPem[0] ?? '';
    // Root first, an unrelated certificate, the intermediate, the leaf last.
    const bytes = await buildPkcs12(rsa.keyPem, [root, unrelated, intermediate, leaf], 'pw');
    const opened = await openPkcs12(bytes, 'pw', NOW);
    expect(opened.chainPem).toEqual([leaf, intermediate, root, unrelated]);
    expect(opened.inspection.chain.map((c) => c.subject.split(', ').pop())).toEqual([
      'CN=my123456 Communication System CLIENT',
      'CN=Fixture Client Intermediate CA',
      'CN=Fixture Client Root CA',
      'CN=ec-client',
    ]);
    expect(
      new X509Certificate(opened.chainPem[0] ?? '').checkPrivateKey(createPrivateKey(opened.keyPem)),
    ).toBe(true);
  });
});
