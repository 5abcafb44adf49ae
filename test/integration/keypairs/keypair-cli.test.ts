/**
 * The keypair commands as a user runs them: `node bin/c4c-connect.mjs` (the built bundle, so run
 * `npm run build` first; `npm test` does) with its own data folder and the real keychain.
 */
import { englishIn } from '../../support/english';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPkcs12 } from '../../../electron/core/pkcs12/index';
import { scanForSecrets } from './disk-scan';
import { FIXTURES } from './helpers';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/c4c-connect.mjs');

function cli(dataFolder: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...env, C4C_CONNECT_DATA_DIR: dataFolder, P12_PASSWORD: 'Test1234', NEW_PASSWORD: 'Brand-New-1' },
    encoding: 'utf8',
    // Not a terminal: the CLI must never wait for a password here.
    stdio: ['pipe', 'pipe', 'pipe'],
    timeout: 30_000,
  });
  const json = args.includes('--json') ? (JSON.parse(run.stdout) as Record<string, unknown>) : null;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, json };
}

const fresh = () => mkdtempSync(join(tmpdir(), 'c4c-cli-keypair-'));

describe('c4c-connect keypair', () => {
  it('imports, lists, shows, exports and deletes, with --json and exit codes', async () => {
    expect(existsSync(join(ROOT, 'out/cli/index.mjs')), 'run npm run build first').toBe(true);
    const data = fresh();
    const file = join(FIXTURES, 'with-chain.p12');
    const imported = cli(data, [
      'keypair',
      'import',
      file,
      '--name',
      'Tenant A',
      '--password-env',
      'P12_PASSWORD',
      '--json',
    ]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.json).toMatchObject({
      ok: true,
      keyPair: { name: 'Tenant A', fileName: 'with-chain.p12' },
    });

    const list = cli(data, ['keypair', 'list', '--json']);
    expect(list.code).toBe(0);
    expect((list.json?.keyPairs as { name: string }[]).map((k) => k.name)).toEqual(['Tenant A']);
    const human = cli(data, ['keypair', 'list']);
    expect(human.stdout).toMatch(
      /Tenant A\s+[A-Z][a-z]{2} \d{1,2}, 2046\s+valid\s+my123456 Communication System CLIENT/,
    );
    // In German: the date as German writes it, the columns and the details in German words.
    const german = cli(data, ['keypair', 'list', '--lang', 'de']);
    expect(german.stdout).toMatch(/LÄUFT AB/);
    expect(german.stdout).toMatch(/Tenant A\s+\d{2}\.\d{2}\.2046\s+gültig\s+my123456/);
    const details = cli(data, ['keypair', 'show', 'tenant a', '--lang', 'de']);
    expect(details.stdout).toMatch(
      /Gültig\s+.+ bis \d{1,2}\. \w+ 2046 um \d\d:\d\d UTC \(noch [\d.]+ Tage\)/,
    );
    expect(details.stdout.split('\n').map(englishIn).filter(Boolean)).toEqual([]);

    const show = cli(data, ['keypair', 'show', 'tenant a', '--json']);
    expect(show.code).toBe(0);
    expect(show.json).toMatchObject({ ok: true, keyPair: { chain: [{}, {}, {}] } });
    expect(show.stdout).not.toMatch(/Test1234|PRIVATE KEY/);

    const out = join(data, 'export.p12');
    const exported = cli(data, [
      'keypair',
      'export',
      'Tenant A',
      '--out',
      out,
      '--new-password-env',
      'NEW_PASSWORD',
      '--json',
    ]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.json).toMatchObject({ ok: true, format: 'p12-new-password', path: out });
    expect((await openPkcs12(readFileSync(out), 'Brand-New-1')).chainPem).toHaveLength(3);
    const again = cli(data, ['keypair', 'export', 'Tenant A', '--out', out, '--json']);
    expect(again.code).toBe(2);

    const original = join(data, 'original.p12');
    expect(cli(data, ['keypair', 'export', 'Tenant A', '--out', original]).code).toBe(0);
    expect(readFileSync(original)).toEqual(readFileSync(file));
    const der = join(data, 'cert.cer');
    expect(cli(data, ['keypair', 'export', 'Tenant A', '--out', der, '--cert-only', 'der']).code).toBe(0);
    expect(readFileSync(der)[0]).toBe(0x30);

    const deleted = cli(data, ['keypair', 'delete', 'Tenant A', '--json']);
    expect(deleted).toMatchObject({ code: 0, json: { ok: true, deleted: true } });
    const gone = cli(data, ['keypair', 'show', 'Tenant A', '--json']);
    expect(gone).toMatchObject({ code: 1, json: { ok: false, error: { code: 'NOT_FOUND' } } });
  });

  it('leaves no password, key or file bytes in the data folder after a CLI import', async () => {
    const data = fresh();
    const file = join(FIXTURES, 'openssl3-default.p12');
    expect(cli(data, ['keypair', 'import', file, '--name', 'A', '--password-env', 'P12_PASSWORD']).code).toBe(
      0,
    );
    const p12 = readFileSync(file);
    const { keyPem } = await openPkcs12(p12, 'Test1234');
    expect(scanForSecrets([data], { password: 'Test1234', keyPem, p12 })).toEqual([]);
  });

  it('exits 2 with the error code for a wrong password or a missing password, and stores nothing', () => {
    const data = fresh();
    const file = join(FIXTURES, 'openssl3-default.p12');
    const wrong = cli(data, [
      'keypair',
      'import',
      file,
      '--name',
      'A',
      '--password-env',
      'NEW_PASSWORD',
      '--json',
    ]);
    expect(wrong).toMatchObject({ code: 2, json: { ok: false, error: { code: 'WRONG_PASSWORD' } } });
    const noPassword = cli(data, ['keypair', 'import', file, '--name', 'A', '--json']);
    expect(noPassword).toMatchObject({ code: 2, json: { ok: false, error: { code: 'BAD_INPUT' } } });
    const unset = cli(data, [
      'keypair',
      'import',
      file,
      '--name',
      'A',
      '--password-env',
      `UNSET_${randomBytes(3).toString('hex')}`,
    ]);
    expect(unset.code).toBe(2);
    expect(unset.stderr).toMatch(/is not set/);
    expect(cli(data, ['keypair', 'list', '--json']).json).toEqual({ ok: true, keyPairs: [] });
  });

  it('exits 3 with KEYCHAIN_UNAVAILABLE when no keychain answers', () => {
    const data = fresh();
    const env = { ...process.env };
    delete env.DBUS_SESSION_BUS_ADDRESS;
    const file = join(FIXTURES, 'openssl3-default.p12');
    const run = cli(
      data,
      ['keypair', 'import', file, '--name', 'A', '--password-env', 'P12_PASSWORD', '--json'],
      env,
    );
    expect(run).toMatchObject({ code: 3, json: { ok: false, error: { code: 'KEYCHAIN_UNAVAILABLE' } } });
    const vault = join(data, 'vault');
    const binFiles = existsSync(vault) ? readdirSync(vault).filter((n) => n.endsWith('.bin')) : [];
    expect(binFiles).toEqual([]);
    expect(cli(data, ['keypair', 'list', '--json']).json).toEqual({ ok: true, keyPairs: [] });
  });
});
