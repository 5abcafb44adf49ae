import { describe, expect, it } from 'vitest';
import { withCurrentDates, type KeyPairRecord } from '../../../../electron/core/keypairs/records';
import { decodeSecret, encodeSecret } from '../../../../electron/core/keypairs/secret';

const record = (warnings: KeyPairRecord['warnings']): KeyPairRecord => ({
  id: 'id',
  secretId: 'kp-1',
  name: 'A',
  importedAt: '2026-01-01T00:00:00.000Z',
  fileName: 'a.p12',
  certificate: {
    subject: 's',
    commonName: 'c',
    issuer: 'i',
    serialNumber: '01',
    notBefore: '2026-01-01T00:00:00.000Z',
    notAfter: '2027-01-01T00:00:00.000Z',
    daysLeft: 365,
    sha256: 'AA',
    sha1: 'BB',
    keyAlgorithm: 'RSA',
    keySize: 2048,
    curve: null,
    clientAuth: true,
    extendedKeyUsage: ['clientAuth'],
  },
  chain: [],
  fileProtection: { keyEncryption: 'k', certEncryption: 'c', mac: null, iterations: null, summary: 's' },
  warnings,
});

describe('key pair dates', () => {
  it('counts days left from today and keeps warnings that do not depend on the date', () => {
    const r = withCurrentDates(record(['WEAK_FILE_ENCRYPTION']), new Date('2026-12-22T00:00:00Z'));
    expect(r.certificate.daysLeft).toBe(10);
    expect(r.warnings).toEqual(['CERT_EXPIRES_SOON', 'WEAK_FILE_ENCRYPTION']);
  });

  it('turns "expires soon" into "expired" once the date has passed', () => {
    const r = withCurrentDates(record(['CERT_EXPIRES_SOON']), new Date('2027-01-02T00:00:00Z'));
    expect(r.warnings).toEqual(['CERT_EXPIRED']);
    expect(r.certificate.daysLeft).toBe(-1);
  });

  it('drops old expiry warnings when the certificate is fine today', () => {
    const r = withCurrentDates(record(['CERT_NOT_YET_VALID']), new Date('2026-06-01T00:00:00Z'));
    expect(r.warnings).toEqual([]);
  });

  it('says "not yet valid" before the start date', () => {
    expect(withCurrentDates(record([]), new Date('2025-12-31T00:00:00Z')).warnings).toEqual([
      'CERT_NOT_YET_VALID',
    ]);
  });
});

describe('key pair secret encoding', () => {
  it('round-trips the file, password, key and chain, and refuses anything else', () => {
    const secret = { p12: Buffer.from([1, 2, 3]), password: 'pä', keyPem: 'K', chainPem: ['C1', 'C2'] };
    expect(decodeSecret(encodeSecret(secret))).toEqual(secret);
    expect(decodeSecret(Buffer.from('not json'))).toBeNull();
    expect(decodeSecret(Buffer.from('{"v":2}'))).toBeNull();
  });
});
