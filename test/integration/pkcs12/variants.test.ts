/**
 * PKCS#12 variants made at test time by the real OpenSSL and Java keytool of this machine: what
 * consultants bring from OpenSSL 1.1/3, Java, and tools with unusual settings.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPkcs12, openPkcs12, type OpenedKeyPair } from '../../../electron/core/pkcs12/index';
import type { CodedError } from '../../../shared/result';

const EMOJI = '🔑 Schlüssel 😀';
let work = '';

function run(command: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync(command, args, {
    cwd: work,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: 'pipe',
  });
}
const openssl = (...args: string[]) => run('openssl', args);
/** stdout and stderr together (openssl pkcs12 -info reports on stderr); throws on a non-zero exit. */
function runAll(command: string, args: string[], env: Record<string, string>): string {
  const result = spawnSync(command, args, { cwd: work, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout + result.stderr;
}
const file = (name: string) => readFileSync(join(work, name));

/** openssl pkcs12 -export of `leaf` (key + cert), password from $PW. */
function exportP12(out: string, leaf: string, password: string, ...extra: string[]): void {
  run(
    'openssl',
    [
      'pkcs12',
      '-export',
      '-inkey',
      `${leaf}.key`,
      '-in',
      `${leaf}.crt`,
      '-passout',
      'env:PW',
      '-out',
      out,
      ...extra,
    ],
    {
      PW: password,
    },
  );
}

function makeLeaf(name: string, keyArgs: string[], subject: string, ext = 'client.ext'): void {
  openssl(
    'req',
    '-new',
    ...keyArgs,
    '-nodes',
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.csr`,
    '-subj',
    subject,
  );
  openssl(
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    'int.crt',
    '-CAkey',
    'int.key',
    '-CAcreateserial',
    '-out',
    `${name}.crt`,
    '-days',
    '3650',
    '-extfile',
    ext,
  );
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'c4c-p12-variants-'));
  writeFileSync(
    join(work, 'ca.ext'),
    'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid:always\n',
  );
  writeFileSync(
    join(work, 'client.ext'),
    'basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n',
  );
  writeFileSync(join(work, 'server.ext'), 'basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n');
  openssl(
    'req',
    '-x509',
    '-new',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'root.key',
    '-out',
    'root.crt',
    '-days',
    '3650',
    '-subj',
    '/O=Variant/CN=Variant Root CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
  );
  openssl(
    'req',
    '-x509',
    '-new',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    'other.key',
    '-out',
    'other.crt',
    '-days',
    '3650',
    '-subj',
    '/CN=Unrelated Root',
  );
  openssl(
    'req',
    '-new',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'int.key',
    '-out',
    'int.csr',
    '-subj',
    '/O=Variant/CN=Variant Intermediate CA',
  );
  openssl(
    'x509',
    '-req',
    '-in',
    'int.csr',
    '-CA',
    'root.crt',
    '-CAkey',
    'root.key',
    '-CAcreateserial',
    '-out',
    'int.crt',
    '-days',
    '3650',
    '-extfile',
    'ca.ext',
  );
  makeLeaf('rsa2048', ['-newkey', 'rsa:2048'], '/C=DE/O=Variant Tenant/CN=rsa2048-client');
  makeLeaf('rsa4096', ['-newkey', 'rsa:4096'], '/CN=rsa4096-client');
  makeLeaf('p384', ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-384'], '/CN=p384-client');
  makeLeaf('server', ['-newkey', 'rsa:2048'], '/CN=server-only', 'server.ext');

  exportP12('emoji.p12', 'rsa2048', EMOJI);
  exportP12('emoji-legacy.p12', 'rsa2048', EMOJI, '-legacy');
  exportP12('empty-legacy.p12', 'rsa2048', '', '-legacy');
  exportP12('iter600k.p12', 'rsa2048', 'Test1234', '-iter', '600000');
  exportP12('p384.p12', 'p384', 'Test1234', '-certfile', 'int.crt');
  exportP12('rsa4096.p12', 'rsa4096', 'Test1234');
  // Chain given root first, with an unrelated certificate between.
  writeFileSync(join(work, 'odd.pem'), Buffer.concat([file('root.crt'), file('other.crt'), file('int.crt')]));
  exportP12('odd-order.p12', 'rsa2048', 'Test1234', '-certfile', 'odd.pem');
  exportP12('none.p12', 'rsa2048', 'Test1234', '-keypbe', 'NONE', '-certpbe', 'NONE');
  exportP12(
    '3des-sha256mac.p12',
    'rsa2048',
    'Test1234',
    '-keypbe',
    'PBE-SHA1-3DES',
    '-certpbe',
    'PBE-SHA1-3DES',
    '-macalg',
    'sha256',
  );
  exportP12(
    'sha512mac-aes128.p12',
    'rsa2048',
    'Test1234',
    '-macalg',
    'sha512',
    '-keypbe',
    'AES-128-CBC',
    '-certpbe',
    'AES-128-CBC',
  );
  exportP12('key-only.p12', 'rsa2048', 'Test1234', '-nocerts');
  exportP12('nomac.p12', 'rsa2048', 'Test1234', '-nomac');
  exportP12(
    'rc4.p12',
    'rsa2048',
    'Test1234',
    '-legacy',
    '-keypbe',
    'PBE-SHA1-RC4-128',
    '-certpbe',
    'PBE-SHA1-RC4-128',
  );
  exportP12('server.p12', 'server', 'Test1234', '-certfile', 'int.crt');
  writeFileSync(join(work, 'chain.pem'), Buffer.concat([file('int.crt'), file('root.crt')]));
  exportP12('with-chain.p12', 'rsa2048', 'Test1234', '-certfile', 'chain.pem');
  run('keytool', [
    '-genkeypair',
    '-storetype',
    'PKCS12',
    '-keystore',
    'keytool-ec.p12',
    '-storepass',
    'Test1234',
    '-alias',
    'c4c',
    '-keyalg',
    'EC',
    '-groupname',
    'secp384r1',
    '-validity',
    '3650',
    '-dname',
    'CN=keytool-ec,O=Variant',
    '-noprompt',
  ]);
  // keytool rewriting an OpenSSL file with a chain in its own format.
  run('keytool', [
    '-importkeystore',
    '-srckeystore',
    'with-chain.p12',
    '-srcstoretype',
    'PKCS12',
    '-srcstorepass',
    'Test1234',
    '-destkeystore',
    'keytool-chain.p12',
    '-deststoretype',
    'PKCS12',
    '-deststorepass',
    'Test1234',
    '-noprompt',
  ]);
}, 120_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const open = (name: string, password = 'Test1234'): Promise<OpenedKeyPair> =>
  openPkcs12(file(name), password);
const codeOf = (name: string, password = 'Test1234') =>
  open(name, password).then(
    () => 'ok',
    (e: unknown) => (e as CodedError).code,
  );
const cn = (subject: string | undefined) => subject?.split(', ').pop();

describe('PKCS#12 variants made by OpenSSL 3 and keytool at test time', () => {
  it("an emoji password opens an AES (PBES2) file: UTF-8 for PBKDF2, not forge's Latin-1", async () => {
    const { inspection } = await open('emoji.p12', EMOJI);
    expect(inspection.certificate.commonName).toBe('rsa2048-client');
    expect(inspection.fileProtection.keyEncryption).toBe('AES-256-CBC');
    expect(await codeOf('emoji.p12', '🔑 Schlussel 😀')).toBe('WRONG_PASSWORD');
  });

  it('an emoji password opens a legacy RC2/3DES file (BMPString with surrogate pairs)', async () => {
    const { inspection } = await open('emoji-legacy.p12', EMOJI);
    expect(inspection.fileProtection).toMatchObject({
      keyEncryption: '3DES',
      certEncryption: 'RC2-40',
      summary: 'RC2-40 (legacy)',
    });
    expect(inspection.warnings).toContain('WEAK_FILE_ENCRYPTION');
  });

  it('an empty password opens a legacy file', async () => {
    expect((await open('empty-legacy.p12', '')).inspection.certificate.commonName).toBe('rsa2048-client');
  });

  // How fast is measured by npm run bench (scripts/bench/pkcs12.mjs), not asserted here.
  it('600,000 iterations open', async () => {
    const { inspection } = await open('iter600k.p12');
    expect(inspection.fileProtection).toMatchObject({
      iterations: 600000,
      summary: 'AES-256-CBC, PBKDF2, 600000 iterations',
    });
  });

  it('EC P-384 and RSA 4096 keys', async () => {
    const p384 = await open('p384.p12');
    expect(p384.inspection.certificate).toMatchObject({ keyAlgorithm: 'EC', keySize: 384, curve: 'P-384' });
    expect(p384.inspection.chain).toHaveLength(2);
    expect(p384.keyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    const rsa = await open('rsa4096.p12');
    expect(rsa.inspection.certificate).toMatchObject({ keyAlgorithm: 'RSA', keySize: 4096, curve: null });
  });

  it('several certificates in odd order: leaf -> intermediate -> root, then the unrelated one', async () => {
    const { inspection } = await open('odd-order.p12');
    expect(inspection.chain.map((c) => cn(c.subject))).toEqual([
      'CN=rsa2048-client',
      'CN=Variant Intermediate CA',
      'CN=Variant Root CA',
      'CN=Unrelated Root',
    ]);
    expect(inspection.warnings).toEqual([]);
  });

  it('no encryption at all (-keypbe NONE -certpbe NONE) opens with WEAK_FILE_ENCRYPTION', async () => {
    const { inspection } = await open('none.p12');
    expect(inspection.fileProtection).toMatchObject({
      keyEncryption: 'none',
      certEncryption: 'none',
      mac: 'SHA-256',
      summary: 'Not encrypted',
    });
    expect(inspection.warnings).toContain('WEAK_FILE_ENCRYPTION');
  });

  it('3DES with a SHA-256 MAC, and AES-128 with a SHA-512 MAC', async () => {
    const tripleDes = await open('3des-sha256mac.p12');
    expect(tripleDes.inspection.fileProtection).toMatchObject({
      keyEncryption: '3DES',
      certEncryption: '3DES',
      mac: 'SHA-256',
    });
    expect(tripleDes.inspection.warnings).toContain('WEAK_FILE_ENCRYPTION');
    const aes128 = await open('sha512mac-aes128.p12');
    expect(aes128.inspection.fileProtection).toMatchObject({ keyEncryption: 'AES-128-CBC', mac: 'SHA-512' });
    expect(await codeOf('sha512mac-aes128.p12', 'wrong')).toBe('WRONG_PASSWORD');
  });

  it('errors: key without certificate, wrong password without MAC, RC4', async () => {
    expect(await codeOf('key-only.p12')).toBe('NO_CERTIFICATE');
    expect(await codeOf('nomac.p12')).toBe('ok');
    expect(await codeOf('nomac.p12', 'Test12345')).toBe('WRONG_PASSWORD');
    expect(await codeOf('rc4.p12')).toBe('UNSUPPORTED_ENCRYPTION');
  });

  it('a server-only certificate opens with NO_CLIENT_AUTH_EKU', async () => {
    const { inspection } = await open('server.p12');
    expect(inspection.certificate).toMatchObject({ clientAuth: false, extendedKeyUsage: ['serverAuth'] });
    expect(inspection.warnings).toEqual(['NO_CLIENT_AUTH_EKU']);
  });

  it('Java keytool files: an EC P-384 key pair, and an OpenSSL chain rewritten by keytool', async () => {
    const ec = await open('keytool-ec.p12');
    expect(ec.inspection.certificate).toMatchObject({ commonName: 'keytool-ec', curve: 'P-384' });
    const chain = await open('keytool-chain.p12');
    expect(chain.inspection.chain.map((c) => cn(c.subject))).toEqual([
      'CN=rsa2048-client',
      'CN=Variant Intermediate CA',
      'CN=Variant Root CA',
    ]);
  });

  it('a re-protected export is read by OpenSSL 3 and by Java keytool', async () => {
    const original = await open('with-chain.p12');
    const p12 = await buildPkcs12(original.keyPem, original.chainPem, EMOJI, 'c4c-export');
    writeFileSync(join(work, 'export-emoji.p12'), p12);
    const info = runAll(
      'openssl',
      ['pkcs12', '-info', '-in', 'export-emoji.p12', '-passin', 'env:PW', '-noout'],
      { PW: EMOJI },
    );
    expect(info).toContain('MAC: sha256, Iteration 10000');
    expect(info).toContain(
      'Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC, Iteration 10000, PRF hmacWithSHA256',
    );
    expect(info).toContain(
      'PKCS7 Encrypted data: PBES2, PBKDF2, AES-256-CBC, Iteration 10000, PRF hmacWithSHA256',
    );
    const pem = run('openssl', ['pkcs12', '-in', 'export-emoji.p12', '-passin', 'env:PW', '-nodes'], {
      PW: EMOJI,
    });
    expect(pem.match(/BEGIN CERTIFICATE/g)).toHaveLength(3);
    expect(pem).toContain('BEGIN PRIVATE KEY');

    writeFileSync(
      join(work, 'export.p12'),
      await buildPkcs12(original.keyPem, original.chainPem, 'Export-1234', 'c4c-export'),
    );
    const list = run('keytool', [
      '-list',
      '-v',
      '-storetype',
      'PKCS12',
      '-keystore',
      'export.p12',
      '-storepass',
      'Export-1234',
    ]);
    expect(list).toContain('Alias name: c4c-export');
    expect(list).toContain('Entry type: PrivateKeyEntry');
    expect(list).toContain('Certificate chain length: 3');
  });
});
