/** Every row of test/fixtures/pkcs12/manifest.json gives exactly its outcome, plus what the details show. */
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeyPairInspection } from '../../../../shared/domain/keypair';
import { CodedError } from '../../../../shared/result';
import { openPkcs12 } from '../../../../electron/core/pkcs12/index';

const dir = join(import.meta.dirname, '../../../fixtures/pkcs12');
interface Row {
  file: string;
  password: string;
  expect: string;
  warnings?: string[];
  leaf?: { cn?: string; sha256: string; key?: string };
  chainLength?: number;
}
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: Row[] };
// The corpus certificates were made on 2026-11-27 and are valid for 20 years (one expired on purpose).
const NOW = new Date('2027-03-01T00:00:00Z');

/** What else each file must show beyond the manifest (protection, and warnings the manifest leaves out). */
const EXTRA: Record<
  string,
  { warnings: string[]; key: string; cert: string; mac: string | null; iterations: number; summary: string }
> = {
  'openssl3-default.p12': {
    warnings: ['CHAIN_INCOMPLETE'],
    key: 'AES-256-CBC',
    cert: 'AES-256-CBC',
    mac: 'SHA-256',
    iterations: 2048,
    summary: 'AES-256-CBC, PBKDF2, 2048 iterations',
  },
  'legacy-rc2-3des.p12': {
    warnings: ['CHAIN_INCOMPLETE', 'WEAK_FILE_ENCRYPTION'],
    key: '3DES',
    cert: 'RC2-40',
    mac: 'SHA-1',
    iterations: 2048,
    summary: 'RC2-40 (legacy)',
  },
  '3des-sha1mac.p12': {
    warnings: ['CHAIN_INCOMPLETE', 'WEAK_FILE_ENCRYPTION'],
    key: '3DES',
    cert: '3DES',
    mac: 'SHA-1',
    iterations: 2048,
    summary: '3DES (legacy), 2048 iterations',
  },
  'with-chain.p12': {
    warnings: [],
    key: 'AES-256-CBC',
    cert: 'AES-256-CBC',
    mac: 'SHA-256',
    iterations: 2048,
    summary: 'AES-256-CBC, PBKDF2, 2048 iterations',
  },
  'empty-password.p12': {
    warnings: ['CHAIN_INCOMPLETE'],
    key: 'AES-256-CBC',
    cert: 'AES-256-CBC',
    mac: 'SHA-256',
    iterations: 2048,
    summary: 'AES-256-CBC, PBKDF2, 2048 iterations',
  },
  // OpenSSL's -nomac also leaves the certificates unencrypted.
  'no-mac.p12': {
    warnings: ['CHAIN_INCOMPLETE'],
    key: 'AES-256-CBC',
    cert: 'none',
    mac: null,
    iterations: 2048,
    summary: 'AES-256-CBC, PBKDF2, 2048 iterations, no integrity check (MAC)',
  },
  'ec-p256-with-chain.p12': {
    warnings: [],
    key: 'AES-256-CBC',
    cert: 'AES-256-CBC',
    mac: 'SHA-256',
    iterations: 2048,
    summary: 'AES-256-CBC, PBKDF2, 2048 iterations',
  },
  'java-keytool.p12': {
    warnings: [],
    key: 'AES-256-CBC',
    cert: 'AES-256-CBC',
    mac: 'SHA-256',
    iterations: 10000,
    summary: 'AES-256-CBC, PBKDF2, 10000 iterations',
  },
  'unicode-password.p12': {
    warnings: ['CHAIN_INCOMPLETE'],
    key: 'AES-256-CBC',
    cert: 'AES-256-CBC',
    mac: 'SHA-256',
    iterations: 2048,
    summary: 'AES-256-CBC, PBKDF2, 2048 iterations',
  },
  'expired.p12': {
    warnings: ['CERT_EXPIRED'],
    key: 'AES-256-CBC',
    cert: 'AES-256-CBC',
    mac: 'SHA-256',
    iterations: 2048,
    summary: 'AES-256-CBC, PBKDF2, 2048 iterations',
  },
};

const open = (row: Row) => openPkcs12(readFileSync(join(dir, row.file)), row.password, NOW);

describe('the PKCS#12 corpus (manifest.json)', () => {
  it('has a row for every file', () => {
    expect(manifest.files.length).toBe(14);
  });

  for (const row of manifest.files.filter((r) => r.expect === 'ok')) {
    it(`opens ${row.file} with leaf, chain and warnings as the manifest says`, async () => {
      const opened = await open(row);
      const { certificate, chain, warnings, fileProtection } = KeyPairInspection.parse(opened.inspection);
      const extra = EXTRA[row.file];
      expect(extra).toBeDefined();
      expect(certificate.sha256).toBe(row.leaf?.sha256);
      if (row.leaf?.cn) expect(certificate.commonName).toBe(row.leaf.cn);
      if (row.leaf?.key)
        expect(`${certificate.keyAlgorithm} ${certificate.curve ?? certificate.keySize}`).toBe(row.leaf.key);
      expect(chain).toHaveLength(row.chainLength ?? 1);
      expect(chain[0]?.sha256).toBe(certificate.sha256);
      expect(opened.chainPem).toHaveLength(chain.length);
      for (const w of row.warnings ?? []) expect(warnings).toContain(w);
      expect([...warnings].sort()).toEqual([...(extra?.warnings ?? [])].sort());
      expect(fileProtection).toEqual({
        keyEncryption: extra?.key,
        certEncryption: extra?.cert,
        mac: extra?.mac,
        iterations: extra?.iterations,
        summary: extra?.summary,
      });
      // The key PEM is PKCS#8 and belongs to the leaf PEM.
      expect(opened.keyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
      const leaf = new X509Certificate(opened.chainPem[0] ?? '');
      expect(leaf.checkPrivateKey(createPrivateKey(opened.keyPem))).toBe(true);
    });
  }

  for (const row of manifest.files.filter((r) => r.expect !== 'ok')) {
    it(`refuses ${row.file} (password "${row.password}") with ${row.expect}`, async () => {
      const error = await open(row).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(CodedError);
      expect((error as CodedError).code).toBe(row.expect);
      expect((error as CodedError).message).toMatch(/^[A-Z].+\. .+\.$/);
    });
  }
});

describe('certificate details', () => {
  it('shows subject, issuer, serial, validity, fingerprints and key of the leaf', async () => {
    const { inspection, chainPem } = await openPkcs12(
      readFileSync(join(dir, 'with-chain.p12')),
      'Test1234',
      NOW,
    );
    const leaf = new X509Certificate(chainPem[0] ?? '');
    const c = inspection.certificate;
    expect(c.subject).toBe('C=DE, O=Fixture Tenant, CN=my123456 Communication System CLIENT');
    expect(c.issuer).toBe('O=Fixture, CN=Fixture Client Intermediate CA');
    expect(c.serialNumber).toBe(leaf.serialNumber.toUpperCase());
    expect(c.serialNumber).toMatch(/^[0-9A-F]+$/);
    expect(c.notBefore).toBe(new Date(leaf.validFrom).toISOString());
    expect(c.notAfter).toBe(new Date(leaf.validTo).toISOString());
    expect(c.daysLeft).toBe(Math.floor((Date.parse(c.notAfter) - NOW.getTime()) / 86_400_000));
    expect(c.sha256).toBe(leaf.fingerprint256.replace(/:/g, ''));
    expect(c.sha1).toBe(leaf.fingerprint.replace(/:/g, ''));
    expect(c.sha1).toMatch(/^[0-9A-F]{40}$/);
    expect(c).toMatchObject({
      keyAlgorithm: 'RSA',
      keySize: 2048,
      curve: null,
      clientAuth: true,
      extendedKeyUsage: ['clientAuth'],
    });
  });

  it('orders the chain leaf -> intermediate -> root', async () => {
    const { inspection } = await openPkcs12(
      readFileSync(join(dir, 'ec-p256-with-chain.p12')),
      'Test1234',
      NOW,
    );
    expect(inspection.chain.map((c) => c.subject)).toEqual([
      'O=Fixture Tenant, CN=ec-client',
      'O=Fixture, CN=Fixture Client Intermediate CA',
      'O=Fixture, CN=Fixture Client Root CA',
    ]);
    expect(inspection.chain[1]?.issuer).toBe('O=Fixture, CN=Fixture Client Root CA');
    expect(inspection.certificate).toMatchObject({ keyAlgorithm: 'EC', keySize: 256, curve: 'P-256' });
  });

  it('counts a certificate without extended key usage as fit for client authentication', async () => {
    const { inspection } = await openPkcs12(readFileSync(join(dir, 'java-keytool.p12')), 'Test1234', NOW);
    expect(inspection.certificate.extendedKeyUsage).toEqual([]);
    expect(inspection.certificate.clientAuth).toBe(true);
    expect(inspection.warnings).not.toContain('NO_CLIENT_AUTH_EKU');
  });

  it('warns CERT_EXPIRES_SOON under 30 days and CERT_NOT_YET_VALID before the start', async () => {
    const bytes = readFileSync(join(dir, 'with-chain.p12'));
    const { inspection } = await openPkcs12(bytes, 'Test1234', NOW);
    const notAfter = Date.parse(inspection.certificate.notAfter);
    const notBefore = Date.parse(inspection.certificate.notBefore);
    const soon = await openPkcs12(bytes, 'Test1234', new Date(notAfter - 29 * 86_400_000));
    expect(soon.inspection.warnings).toEqual(['CERT_EXPIRES_SOON']);
    expect(soon.inspection.certificate.daysLeft).toBe(29);
    const notYet = await openPkcs12(bytes, 'Test1234', new Date(notBefore - 1000));
    expect(notYet.inspection.warnings).toEqual(['CERT_NOT_YET_VALID']);
    const later = await openPkcs12(bytes, 'Test1234', new Date(notAfter - 31 * 86_400_000));
    expect(later.inspection.warnings).toEqual([]);
  });
});
