import { describe, expect, it } from 'vitest';
import { contract } from '../../../../shared/contract/index';
import { MAX_KEY_PAIR_FILE_BYTES } from '../../../../shared/contract/keypairs';

const importRequest = contract['keypair:import'].request;

describe('keypair IPC contract', () => {
  it('accepts the file as a Uint8Array, as structured clone delivers it (a Buffer is one too)', () => {
    const bytes = structuredClone(new Uint8Array([0x30, 0x82, 1, 2]));
    const req = { name: 'A', fileName: 'a.p12', bytes, password: 'x' };
    expect(importRequest.safeParse(req).success).toBe(true);
    expect(importRequest.safeParse({ ...req, bytes: Buffer.from([1, 2, 3]) }).success).toBe(true);
  });

  it('refuses bytes in any other shape, empty or over the size cap', () => {
    const req = { name: 'A', fileName: 'a.p12', password: 'x' };
    expect(importRequest.safeParse({ ...req, bytes: [1, 2, 3] }).success).toBe(false);
    expect(importRequest.safeParse({ ...req, bytes: 'MIIK' }).success).toBe(false);
    expect(importRequest.safeParse({ ...req, bytes: new Uint16Array(4) }).success).toBe(false);
    expect(importRequest.safeParse({ ...req, bytes: new Uint8Array(0) }).success).toBe(false);
    expect(
      importRequest.safeParse({ ...req, bytes: new Uint8Array(MAX_KEY_PAIR_FILE_BYTES + 1) }).success,
    ).toBe(false);
    expect(importRequest.safeParse({ ...req, bytes: new Uint8Array(1), extra: 1 }).success).toBe(false);
  });

  it('strips anything secret a handler might return by mistake', () => {
    const summary = contract['keypair:get'].response.parse({
      id: 'x',
      name: 'A',
      importedAt: '2026-01-01T00:00:00Z',
      fileName: 'a.p12',
      certificate: {
        subject: 's',
        commonName: 'c',
        issuer: 'i',
        serialNumber: '01',
        notBefore: 'a',
        notAfter: 'b',
        daysLeft: 1,
        sha256: 'AA',
        sha1: 'BB',
        keyAlgorithm: 'RSA',
        keySize: 2048,
        curve: null,
        clientAuth: true,
        extendedKeyUsage: [],
      },
      chain: [],
      fileProtection: { keyEncryption: 'k', certEncryption: 'c', mac: null, iterations: null, summary: 's' },
      warnings: [],
      secretId: 'kp-1',
      password: 'Test1234',
      keyPem: '-----BEGIN PRIVATE KEY-----',
    });
    expect(JSON.stringify(summary)).not.toMatch(/Test1234|PRIVATE|secretId/);
  });

  it('needs a new password only for the re-protected export', () => {
    const exportRequest = contract['keypair:export'].request;
    expect(exportRequest.safeParse({ id: 'x', format: 'p12-original' }).success).toBe(true);
    expect(exportRequest.safeParse({ id: 'x', format: 'p12-new-password' }).success).toBe(false);
    expect(exportRequest.safeParse({ id: 'x', format: 'p12-new-password', newPassword: 'n' }).success).toBe(
      true,
    );
    expect(exportRequest.safeParse({ id: 'x', format: 'zip' }).success).toBe(false);
  });
});
