/** `c4c-connect inspect` as a user runs it: the built CLI (bin/c4c-connect.mjs) in a child process. */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishIn } from '../../support/english';

const root = resolve(import.meta.dirname, '../../..');
const fixture = (name: string) => join(root, 'test/fixtures/pkcs12', name);
let work = '';

/** Lines that read as English (SAP's and the products' own names taken out). */
const english = (text: string) =>
  text
    .split('\n')
    .map(englishIn)
    .filter((l): l is string => l !== null);

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['bin/c4c-connect.mjs', ...args], {
    cwd: root,
    env: { ...process.env, C4C_DATA_DIR: work, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, stdio: 'pipe' });
  work = mkdtempSync(join(tmpdir(), 'c4c-inspect-'));
}, 60_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('c4c-connect inspect', () => {
  it('--json prints the shape of the issue, exit 0 with warnings', () => {
    const { code, stdout } = cli(['inspect', fixture('expired.p12'), '--password-env', 'P12_PW', '--json'], {
      P12_PW: 'Test1234',
    });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['ok', 'certificate', 'chain', 'fileProtection', 'warnings']);
    expect(report.ok).toBe(true);
    expect(report.warnings).toEqual(['CERT_EXPIRED']);
    expect(report.certificate).toMatchObject({
      subject: 'CN=expired-client',
      commonName: 'expired-client',
      issuer: 'O=Fixture, CN=Fixture Client Intermediate CA',
      serialNumber: expect.stringMatching(/^[0-9A-F]+$/) as string,
      notBefore: '2020-01-01T00:00:00.000Z',
      notAfter: '2020-02-01T00:00:00.000Z',
      daysLeft: expect.any(Number) as number,
      sha256: '8CD3044640AA569A2F90B6F621D8619553F3F22049FA53D1E23B24D95208B84D',
      sha1: expect.stringMatching(/^[0-9A-F]{40}$/) as string,
      keyAlgorithm: 'RSA',
      keySize: 2048,
      curve: null,
      clientAuth: true,
    });
    expect((report.certificate as { daysLeft: number }).daysLeft).toBeLessThan(0);
    // Exactly the shape: no field the screens use alone (EKU list, protection summary).
    expect(Object.keys(report.certificate as object).sort()).toEqual(
      [
        'subject',
        'commonName',
        'issuer',
        'serialNumber',
        'notBefore',
        'notAfter',
        'daysLeft',
        'sha256',
        'sha1',
        'keyAlgorithm',
        'keySize',
        'curve',
        'clientAuth',
      ].sort(),
    );
    expect(Object.keys(report.fileProtection as object).sort()).toEqual([
      'certEncryption',
      'iterations',
      'keyEncryption',
      'mac',
    ]);
    const chain = report.chain as Record<string, string>[];
    expect(chain).toHaveLength(3);
    expect(Object.keys(chain[0] ?? {})).toEqual(['subject', 'issuer', 'notAfter', 'sha256']);
    expect(chain[0]?.sha256).toBe('8CD3044640AA569A2F90B6F621D8619553F3F22049FA53D1E23B24D95208B84D');
    expect(report.fileProtection).toMatchObject({
      keyEncryption: 'AES-256-CBC',
      certEncryption: 'AES-256-CBC',
      mac: 'SHA-256',
      iterations: 2048,
    });
  });

  it('a wrong password: exit 2 and {ok:false,error:{code,message}}', () => {
    const { code, stdout } = cli(
      ['inspect', fixture('with-chain.p12'), '--password-env', 'P12_PW', '--json'],
      { P12_PW: 'nope' },
    );
    expect(code).toBe(2);
    const report = JSON.parse(stdout) as { ok: boolean; error: { code: string; message: string } };
    expect(report).toEqual({
      ok: false,
      error: { code: 'WRONG_PASSWORD', message: expect.any(String) as string },
    });
  });

  it('every manifest error code comes out as JSON with exit 2', () => {
    for (const [file, expected] of [
      ['cert-only.p12', 'NO_PRIVATE_KEY'],
      ['truncated.p12', 'INVALID_FILE'],
      ['random-bytes.p12', 'INVALID_FILE'],
    ] as const) {
      const { code, stdout } = cli(['inspect', fixture(file), '--password-env', 'P12_PW', '--json'], {
        P12_PW: 'Test1234',
      });
      expect(code).toBe(2);
      expect((JSON.parse(stdout) as { error: { code: string } }).error.code).toBe(expected);
    }
  });

  it('a huge file: FILE_TOO_LARGE without reading it', () => {
    const huge = join(work, 'huge.p12');
    writeFileSync(huge, Buffer.alloc(5 * 1024 * 1024));
    const { code, stdout } = cli(['inspect', huge, '--password-env', 'P12_PW', '--json'], { P12_PW: 'x' });
    expect(code).toBe(2);
    expect((JSON.parse(stdout) as { error: { code: string } }).error.code).toBe('FILE_TOO_LARGE');
  });

  it('without --password-env and without a terminal: exit 2 with what to do', () => {
    const { code, stdout } = cli(['inspect', fixture('with-chain.p12'), '--json']);
    expect(code).toBe(2);
    expect((JSON.parse(stdout) as { error: { message: string } }).error.message).toContain('--password-env');
    const unset = cli(['inspect', fixture('with-chain.p12'), '--password-env', 'NOT_SET_ANYWHERE']);
    expect(unset.code).toBe(2);
    expect(unset.stderr).toContain('NOT_SET_ANYWHERE is not set');
  });

  it('prints readable details for people', () => {
    const { code, stdout } = cli(['inspect', fixture('legacy-rc2-3des.p12'), '--password-env', 'P12_PW'], {
      P12_PW: 'Test1234',
    });
    expect(code).toBe(0);
    expect(stdout).toContain('Subject       C=DE, O=Fixture Tenant, CN=my123456 Communication System CLIENT');
    expect(stdout).toContain('File          RC2-40 (legacy); MAC SHA-1');
    expect(stdout).toContain('WEAK_FILE_ENCRYPTION');
  });

  it('prints the details in German with --lang de: labels, file protection, warnings', () => {
    const { code, stdout } = cli(
      ['inspect', fixture('legacy-rc2-3des.p12'), '--password-env', 'P12_PW', '--lang', 'de'],
      { P12_PW: 'Test1234' },
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Inhaber +C=DE, O=Fixture Tenant, CN=my123456 Communication System CLIENT$/m);
    expect(stdout).toMatch(/^Datei +RC2-40 \(veraltet\); MAC SHA-1$/m);
    expect(stdout).toContain('WEAK_FILE_ENCRYPTION: Die Datei nutzt eine alte, schwache Verschlüsselung');
    expect(english(stdout)).toEqual([]);
  });

  it('asks for the password on a terminal without echoing it', async () => {
    const password = 'Grüße€';
    // script(1) gives the CLI a real pseudo-terminal; the answer is typed once the prompt shows.
    const child = spawn(
      'script',
      [
        '-qec',
        `${process.execPath} bin/c4c-connect.mjs inspect ${fixture('unicode-password.p12')}`,
        '/dev/null',
      ],
      {
        cwd: root,
        env: { ...process.env, C4C_DATA_DIR: work },
      },
    );
    let output = '';
    let typed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!typed && output.includes('Password for unicode-password.p12: ')) {
        typed = true;
        child.stdin.write(`${password}\r`);
      }
    });
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(typed).toBe(true);
    expect(code).toBe(0);
    expect(output).toContain('Key pair      my123456 Communication System CLIENT');
    expect(output).not.toContain(password);
  });
});
