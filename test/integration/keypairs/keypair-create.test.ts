/**
 * A key pair born here (issue 13): made in the worker, kept in the real keychain-backed vault, its
 * certificate trusted by a real nginx (`ssl_verify_client on`), its .p12 read by openssl and keytool,
 * its certificate request verified by openssl, signed by a test CA and attached again.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConnectionTest } from '../../../electron/core/connection/index';
import type { KeyPairService } from '../../../electron/core/keypairs/index';
import {
  makeCa,
  openssl,
  sharedTestPki,
  startCap,
  startNginx,
  type CapServer,
  type NginxServer,
  type TestPki,
} from '../../servers/index';
import { codeOf, setup, type Setup } from './helpers';

const run = promisify(execFile);
let s: Setup;
let pki: TestPki;
let cap: CapServer;
let dir: string;
const stops: (() => Promise<void>)[] = [];

beforeAll(async () => {
  s = setup();
  pki = await sharedTestPki();
  cap = await startCap();
  dir = await mkdtemp(join(tmpdir(), 'c4c-create-'));
}, 60_000);
afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
  await cap.stop();
  await s.cleanup();
});

/** nginx in front of CAP that trusts only `clientCaPem` for client certificates. */
async function nginxTrusting(clientCaPem: string): Promise<NginxServer> {
  const nginx = await startNginx({ capUrl: cap.url, pki: { ...pki, clientCaPem } });
  stops.push(() => nginx.stop());
  return nginx;
}

async function testWith(service: KeyPairService, id: string, nginx: NginxServer) {
  const tls = await service.tlsMaterial(id);
  return runConnectionTest({
    url: nginx.mtlsUrl,
    credentials: {
      kind: 'client-certificate',
      keyPem: tls.keyPem,
      chainPem: tls.chainPem.join(''),
      notAfter: tls.notAfter,
    },
    trust: { extraCaPem: [nginx.caPem], useOsTrustStore: false },
    proxy: { kind: 'none' },
    fetchCsrfToken: false,
    timeoutMs: 10_000,
  });
}

describe('a key pair created here', () => {
  it('is RSA 2048 with clientAuth and SHA-256, self-signed for the subject given, and stored like an import', async () => {
    const k = await s.service.create({
      name: 'Made here',
      subject: 'CN=TECH_USER_01, OU=my123456 Communication System, O=Customer',
      key: 'rsa2048',
      days: 90,
    });
    expect(k.origin).toBe('created');
    expect(k.certificate).toMatchObject({ keyAlgorithm: 'RSA', keySize: 2048, clientAuth: true });
    expect(k.certificate.subject).toBe('CN=TECH_USER_01, OU=my123456 Communication System, O=Customer');
    expect(k.certificate.issuer).toBe(k.certificate.subject);
    expect(k.certificate.daysLeft).toBeGreaterThanOrEqual(89);
    expect(k.warnings).toEqual([]);
    expect(s.service.find('made here')?.id).toBe(k.id);
    const cert = join(dir, 'made-here.crt');
    await s.service.exportTo(k.id, 'cert-pem', cert);
    const text = await openssl(['x509', '-in', cert, '-noout', '-text']);
    expect(text).toContain('sha256WithRSAEncryption');
    expect(text).toContain('TLS Web Client Authentication');
  });

  it('gives OK against nginx whose only trusted client certificate is the exported .cer', async () => {
    const k = await s.service.create({ name: 'Only trusted', subject: 'CN=ONLY_ME', key: 'ec256', days: 30 });
    expect(k.certificate).toMatchObject({ keyAlgorithm: 'EC', curve: 'P-256' });
    const der = join(dir, 'only.cer');
    await s.service.exportTo(k.id, 'cert-der', der);
    const pem = await openssl(['x509', '-inform', 'DER', '-in', der]);
    const nginx = await nginxTrusting(pem);
    const result = await testWith(s.service, k.id, nginx);
    expect(result.diagnosis.code, JSON.stringify(result.diagnosis)).toBe('OK');
    // And another created key pair, not trusted there, is refused: the OK above is no accident.
    const other = await s.service.create({
      name: 'Not trusted',
      subject: 'CN=OTHER',
      key: 'ec256',
      days: 30,
    });
    expect((await testWith(s.service, other.id, nginx)).ok).toBe(false);
  }, 60_000);

  it('exports a .p12 with a new password that openssl and keytool open; there is no "original" file', async () => {
    const k = await s.service.create({ name: 'For CPI', subject: 'CN=CPI_KEY', key: 'rsa3072', days: 365 });
    const p12 = join(dir, 'cpi.p12');
    await s.service.exportTo(k.id, 'p12-new-password', p12, 'Export-Pass1');
    const certs = await openssl(['pkcs12', '-in', p12, '-passin', 'pass:Export-Pass1', '-nokeys']);
    expect(certs).toMatch(/subject=CN ?= ?CPI_KEY/);
    const keys = await openssl(['pkcs12', '-in', p12, '-passin', 'pass:Export-Pass1', '-nocerts', '-nodes']);
    expect(keys).toContain('BEGIN PRIVATE KEY');
    const { stdout } = await run('keytool', [
      '-list',
      '-v',
      '-keystore',
      p12,
      '-storetype',
      'PKCS12',
      '-storepass',
      'Export-Pass1',
    ]);
    expect(stdout).toContain('PrivateKeyEntry');
    expect(stdout).toContain('CN=CPI_KEY');
    expect(await codeOf(s.service.exportTo(k.id, 'p12-original', join(dir, 'x.p12')))).toBe('BAD_INPUT');
  }, 60_000);

  it('refuses a subject that is not a distinguished name, a validity out of range, and stores nothing', async () => {
    const before = s.service.list().length;
    expect(
      await codeOf(s.service.create({ name: 'Bad DN', subject: 'just words', key: 'ec256', days: 30 })),
    ).toBe('BAD_INPUT');
    expect(await codeOf(s.service.create({ name: 'Bad days', subject: 'CN=x', key: 'ec256', days: 0 }))).toBe(
      'BAD_INPUT',
    );
    expect(
      await codeOf(s.service.create({ name: 'Made here', subject: 'CN=x', key: 'ec256', days: 3 })),
    ).toBe('BAD_INPUT');
    expect(s.service.list().length).toBe(before);
  });
});

describe('a certificate request signed by the customer CA', () => {
  it('verifies with openssl req -verify, and once signed and attached passes against nginx trusting that CA', async () => {
    const k = await s.service.create({
      name: 'To be signed',
      subject: 'CN=SIGN_ME, O=Customer',
      key: 'rsa2048',
      days: 10,
    });
    const csrPath = join(dir, 'sign-me.csr');
    await writeFile(csrPath, await s.service.certificateRequest(k.id));
    const verified = await openssl(['req', '-in', csrPath, '-verify', '-noout', '-subject']);
    expect(verified).toMatch(/CN ?= ?SIGN_ME/);

    const ca = await makeCa(dir, 'Customer Issuing CA');
    const signed = join(dir, 'signed.crt');
    const ext = join(dir, 'client.ext');
    await writeFile(ext, 'extendedKeyUsage=clientAuth\nbasicConstraints=CA:FALSE\n');
    // prettier-ignore
    await openssl(['x509', '-req', '-in', csrPath, '-CA', ca.certPath, '-CAkey', ca.keyPath,
      '-CAcreateserial', '-days', '200', '-sha256', '-extfile', ext, '-out', signed]);

    // A certificate for another key is refused and changes nothing.
    const stranger = await readFile(pki.client.certPath);
    expect(await codeOf(s.service.attachCertificate(k.id, stranger))).toBe('KEY_CERT_MISMATCH');
    expect(await codeOf(s.service.attachCertificate(k.id, Buffer.from('not a certificate')))).toBe(
      'INVALID_FILE',
    );
    expect(s.service.get(k.id).certificate.issuer).toBe('CN=SIGN_ME, O=Customer');

    // The CA's answer as a PEM bundle, root first: the app orders it leaf first.
    const bundle = Buffer.from(ca.certPem + (await readFile(signed, 'utf8')));
    const done = await s.service.attachCertificate(k.id, bundle);
    expect(done.certificate.issuer).toBe('O=C4C Connect Tests, CN=Customer Issuing CA');
    expect(done.chain.map((c) => c.subject)).toEqual([
      'CN=SIGN_ME, O=Customer',
      'O=C4C Connect Tests, CN=Customer Issuing CA',
    ]);
    expect(done.certificate.daysLeft).toBeGreaterThan(190);
    expect(done.warnings).toEqual([]);

    const nginx = await nginxTrusting(ca.certPem);
    const result = await testWith(s.service, k.id, nginx);
    expect(result.diagnosis.code, JSON.stringify(result.diagnosis)).toBe('OK');
  }, 60_000);
});
