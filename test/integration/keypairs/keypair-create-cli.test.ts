/**
 * `c4c-connect keypair create | csr | attach-cert | export --cert` as a user runs them (the built
 * bundle: `npm run build` first) with their own data folder and the real keychain.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCa, openssl } from '../../servers/index';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/c4c-connect.mjs');

function cli(dataFolder: string, args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, C4C_CONNECT_DATA_DIR: dataFolder },
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    timeout: 60_000,
  });
  const json = args.includes('--json') ? (JSON.parse(run.stdout) as Record<string, unknown>) : null;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, json };
}

describe('c4c-connect keypair create, csr, attach-cert, export --cert', () => {
  it('makes a key pair, a request openssl verifies, attaches the signed certificate and exports it', async () => {
    const data = mkdtempSync(join(tmpdir(), 'c4c-cli-create-'));
    const made = cli(data, [
      'keypair',
      'create',
      '--name',
      'Laptop',
      '--subject',
      'CN=TECH_USER, OU=my123456',
      '--key',
      'ec256',
      '--days',
      '60',
      '--json',
    ]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.json).toMatchObject({
      ok: true,
      keyPair: {
        name: 'Laptop',
        origin: 'created',
        certificate: { subject: 'CN=TECH_USER, OU=my123456', curve: 'P-256', clientAuth: true },
      },
    });
    expect(made.stdout).not.toContain('PRIVATE KEY');

    const csr = join(data, 'laptop.csr');
    expect(cli(data, ['keypair', 'csr', 'laptop', '--out', csr, '--json']).code).toBe(0);
    await openssl(['req', '-in', csr, '-verify', '-noout']);
    expect(cli(data, ['keypair', 'csr', 'laptop', '--out', csr]).code).toBe(2); // exists, no --force

    const ca = await makeCa(data, 'CLI Test CA');
    const signed = join(data, 'signed.pem');
    // prettier-ignore
    await openssl(['x509', '-req', '-in', csr, '-CA', ca.certPath, '-CAkey', ca.keyPath, '-CAcreateserial', '-days', '100', '-out', signed]);
    writeFileSync(signed, readFileSync(signed, 'utf8') + ca.certPem);
    const attached = cli(data, ['keypair', 'attach-cert', 'Laptop', signed, '--json']);
    expect(attached.code, attached.stderr).toBe(0);
    expect(attached.json).toMatchObject({
      keyPair: { certificate: { issuer: 'O=C4C Connect Tests, CN=CLI Test CA' } },
    });

    const crt = join(data, 'laptop.crt');
    expect(cli(data, ['keypair', 'export', 'Laptop', '--cert', 'pem', '--out', crt]).code).toBe(0);
    expect(await openssl(['x509', '-in', crt, '-noout', '-issuer'])).toContain('CLI Test CA');
    const p12 = cli(data, ['keypair', 'export', 'Laptop', '--out', join(data, 'x.p12'), '--json']);
    expect(p12.json).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });

    expect(cli(data, ['keypair', 'create', '--name', 'Bad', '--key', 'rsa1024']).code).toBe(2);
    expect(cli(data, ['keypair', 'create', '--name', 'Bad', '--days', '0']).code).toBe(2);
    const dn = cli(data, ['keypair', 'create', '--name', 'Bad', '--subject', 'no dn', '--json']);
    expect(dn.json).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const wrong = cli(data, ['keypair', 'attach-cert', 'Laptop', ca.certPath, '--json']);
    expect(wrong.json).toMatchObject({ ok: false, error: { code: 'KEY_CERT_MISMATCH' } });
  }, 120_000);
});
