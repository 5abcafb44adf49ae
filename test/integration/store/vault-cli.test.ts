/**
 * The command line's side of issue 15, as a user runs it (`node bin/c4c-connect.mjs`, so build
 * first) against the real keychain: keypair rename and renew with the UI's rules, doctor's orphan
 * list, `vault sweep [--delete]`, a key pair whose vault file is gone, and owner-only modes.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/bundle';
import { FIXTURES } from '../keypairs/helpers';

const BIN = join(ROOT, 'bin/c4c-connect.mjs');
const OLD = join(FIXTURES, 'openssl3-default.p12');
const NEW = join(FIXTURES, 'java-keytool.p12');

interface KeyPairJson {
  id: string;
  name: string;
  fileName: string;
  warnings: string[];
  certificate: { sha256: string };
}
interface Answer {
  ok: boolean;
  error?: { code: string };
  keyPair: KeyPairJson;
  keyPairs: KeyPairJson[];
  orphans: { name: string; where: string }[];
  deleted: string[];
}

function cli(dataFolder: string, args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, C4C_CONNECT_DATA_DIR: dataFolder, P12_PASSWORD: 'Test1234', WRONG: 'not-it' },
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    timeout: 30_000,
  });
  const json = args.includes('--json') ? (JSON.parse(run.stdout) as Answer) : null;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, json };
}

const fresh = () => join(mkdtempSync(join(tmpdir(), 'c4c-vault-cli-')), 'data');
const importAs = (data: string, file: string, name: string) =>
  cli(data, ['keypair', 'import', file, '--name', name, '--password-env', 'P12_PASSWORD', '--json']);
const vaultFiles = (data: string) => readdirSync(join(data, 'vault')).filter((n) => n.endsWith('.bin'));
const hoursAgo = (path: string, hours: number) => {
  const t = new Date(Date.now() - hours * 3_600_000);
  utimesSync(path, t, t);
};

describe('c4c-connect keypair rename / renew', () => {
  it('renames with the UI rules: unique without regard to case, 1 to 100 characters', () => {
    expect(existsSync(join(ROOT, 'out/cli/index.mjs')), 'run npm run build first').toBe(true);
    const data = fresh();
    expect(importAs(data, OLD, 'Tenant A').code).toBe(0);
    expect(importAs(data, NEW, 'Tenant B').code).toBe(0);
    const renamed = cli(data, ['keypair', 'rename', 'tenant a', 'Tenant A 2026', '--json']);
    expect(renamed).toMatchObject({ code: 0, json: { ok: true, keyPair: { name: 'Tenant A 2026' } } });
    const clash = cli(data, ['keypair', 'rename', 'Tenant A 2026', 'TENANT B', '--json']);
    expect(clash).toMatchObject({ code: 2, json: { ok: false, error: { code: 'BAD_INPUT' } } });
    expect(cli(data, ['keypair', 'rename', 'Tenant B', ' ', '--json']).code).toBe(2);
    expect(cli(data, ['keypair', 'rename', 'Nobody', 'X', '--json'])).toMatchObject({
      code: 1,
      json: { error: { code: 'NOT_FOUND' } },
    });
    const names = cli(data, ['keypair', 'list', '--json']).json!.keyPairs.map(
      (k: { name: string }) => k.name,
    );
    expect(names).toEqual(['Tenant A 2026', 'Tenant B']);
  });

  it('renews in place; a wrong password keeps the old key pair', () => {
    const data = fresh();
    const before = importAs(data, OLD, 'CPI').json!.keyPair;
    const wrong = cli(data, ['keypair', 'renew', 'CPI', NEW, '--password-env', 'WRONG', '--json']);
    expect(wrong).toMatchObject({ code: 2, json: { ok: false, error: { code: 'WRONG_PASSWORD' } } });
    expect(cli(data, ['keypair', 'show', 'CPI', '--json']).json!.keyPair).toEqual(before);
    expect(vaultFiles(data)).toHaveLength(1);

    const renewed = cli(data, ['keypair', 'renew', 'CPI', NEW, '--password-env', 'P12_PASSWORD', '--json']);
    expect(renewed.code, renewed.stderr).toBe(0);
    expect(renewed.json!.keyPair).toMatchObject({ id: before.id, name: 'CPI', fileName: 'java-keytool.p12' });
    expect(renewed.json!.keyPair.certificate.sha256).not.toBe(before.certificate.sha256);
    // The old secret is gone, the new one opens (export "as received" gives the new file back).
    expect(vaultFiles(data)).toHaveLength(1);
    const out = join(data, '..', 'back.p12');
    expect(cli(data, ['keypair', 'export', 'CPI', '--out', out]).code).toBe(0);
    expect(statSync(out).size).toBe(statSync(NEW).size);
  });
});

describe('orphaned vault files', () => {
  it('doctor counts them, the start sweep quarantines old ones, vault sweep --delete clears them', () => {
    const data = fresh();
    expect(importAs(data, OLD, 'Kept').code).toBe(0);
    const [kept] = vaultFiles(data);
    const vault = join(data, 'vault');
    copyFileSync(join(vault, kept!), join(vault, 'kp-crashed-import.bin'));
    hoursAgo(join(vault, 'kp-crashed-import.bin'), 2);
    copyFileSync(join(vault, kept!), join(vault, 'kp-just-written.bin'));

    const doctor = cli(data, ['doctor', '--json']);
    expect(doctor.stderr).toMatch(
      /1 vault file that no key pair or connection uses .* was moved to .*quarantine/,
    );
    const orphans = doctor.json!.orphans;
    expect(orphans.map((o) => `${o.where}/${o.name}`).sort()).toEqual([
      'quarantine/kp-crashed-import.bin',
      'vault/kp-just-written.bin',
    ]);
    expect(cli(data, ['doctor']).stdout).toMatch(/Orphans\s+2 vault file\(s\)/);
    expect(vaultFiles(data).sort()).toEqual([kept, 'kp-just-written.bin'].sort());

    // On request, a file a minute old is moved too; --delete removes what is in quarantine.
    hoursAgo(join(vault, 'kp-just-written.bin'), 0.05);
    const sweep = cli(data, ['vault', 'sweep', '--delete', '--json']);
    expect(sweep).toMatchObject({
      code: 0,
      json: { ok: true, quarantined: ['kp-just-written.bin'], orphans: [] },
    });
    expect(sweep.json!.deleted.sort()).toEqual(['kp-crashed-import.bin', 'kp-just-written.bin']);
    expect(vaultFiles(data)).toEqual([kept]);
    // The kept key pair still opens.
    expect(cli(data, ['keypair', 'export', 'Kept', '--out', join(data, '..', 'kept.p12')]).code).toBe(0);
  });

  it('a key pair whose vault file is missing is listed as needing its secret again, and renew restores it', () => {
    const data = fresh();
    expect(importAs(data, OLD, 'Lost').code).toBe(0);
    rmSync(join(data, 'vault', vaultFiles(data)[0]!));
    const list = cli(data, ['keypair', 'list', '--json']);
    expect(list.code).toBe(0);
    expect(list.json!.keyPairs[0]?.warnings).toContain('SECRET_MISSING');
    const exported = cli(data, ['keypair', 'export', 'Lost', '--out', join(data, '..', 'x.p12'), '--json']);
    expect(exported).toMatchObject({ code: 2, json: { ok: false, error: { code: 'SECRET_MISSING' } } });
    expect(exported.stdout).not.toMatch(/\n\s+at /);
    const renewed = cli(data, ['keypair', 'renew', 'Lost', OLD, '--password-env', 'P12_PASSWORD', '--json']);
    expect(renewed.code, renewed.stderr).toBe(0);
    expect(renewed.json!.keyPair.warnings).not.toContain('SECRET_MISSING');
  });

  it.skipIf(process.platform === 'win32')('keeps the data folder 0700 and every file in it 0600', () => {
    const data = fresh();
    expect(importAs(data, OLD, 'Modes').code).toBe(0);
    const mode = (p: string) => statSync(p).mode & 0o777;
    expect(mode(data)).toBe(0o700);
    expect(mode(join(data, 'vault'))).toBe(0o700);
    expect(mode(join(data, 'c4c-connect.json'))).toBe(0o600);
    for (const name of readdirSync(join(data, 'vault')))
      expect(mode(join(data, 'vault', name)), name).toBe(0o600);
    expect(readdirSync(data).filter((n) => n.endsWith('.lock'))).toEqual([]);
  });
});
