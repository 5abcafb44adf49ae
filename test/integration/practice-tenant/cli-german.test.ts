/**
 * The command line in German: its help, each command's summary, and the lines of a connection
 * test, a metadata download and a query, run from the real CLI bundle against the practice tenant.
 * No English sentence may appear (the e2e check's rule and allow-list: product names, C4C's and the
 * adapter's field names); the default language is the OS's (LANG) as before.
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/cli/commands/index';
import { startPracticeTenant, type PracticeTenant } from '../../../electron/core/practice-tenant/index';
import { CLI_DE, CLI_EN } from '../../../shared/messages/cli';
import { englishIn } from '../../support/english';
import { bundleForTest } from '../../support/bundle';

const run = promisify(execFile);

/** Every line that reads as English (the usage syntax after "Aufruf:" is code, not a sentence). */
const english = (text: string) =>
  text
    .split('\n')
    .filter((l) => !l.startsWith('Aufruf:') && !l.trimStart().startsWith('c4c-connect '))
    .map(englishIn)
    .filter((l): l is string => l !== null);

describe('c4c-connect --lang de', () => {
  let tenant: PracticeTenant;
  let cli: string;
  const c4c = async (args: string[], lang = 'en_US.UTF-8') => {
    const env = {
      ...process.env,
      P12_PW: tenant.p12Password,
      WRONG_PW: 'not-the-password',
      LANG: lang,
      LC_ALL: '',
      LC_MESSAGES: '',
    };
    try {
      const r = await run(process.execPath, [cli, ...args], { env });
      return { code: 0, stdout: r.stdout, stderr: r.stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
  const auth = () => ['--p12', tenant.p12Path, '--password-env', 'P12_PW', '--ca', tenant.caPath];

  beforeAll(async () => {
    tenant = await startPracticeTenant();
    cli = bundleForTest('electron/cli/index.ts', { __APP_VERSION__: '"0.0.0-test"' });
  });
  afterAll(async () => {
    await tenant.stop();
    await rm(cli, { force: true });
  });

  it('has a German summary for every command, and every CLI text in both languages', () => {
    for (const c of COMMANDS) {
      expect(CLI_EN, c.name).toHaveProperty([`summary.${c.name}`]);
      expect(CLI_EN[`summary.${c.name}` as keyof typeof CLI_EN]).toBe(c.summary);
    }
    expect(Object.keys(CLI_DE).sort()).toEqual(Object.keys(CLI_EN).sort());
  });

  it('prints its help in German with --lang de, and by the OS language without it', async () => {
    const help = await c4c(['--help', '--lang', 'de']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Befehle:');
    expect(help.stdout).toContain('Eine Verbindung zu einem C4C-OData-Service testen');
    expect(english(help.stdout)).toEqual([]);
    // The English help does read as English: the check can fail.
    expect(english((await c4c(['--help', '--lang', 'en'])).stdout).length).toBeGreaterThan(5);
    expect((await c4c(['--help'], 'de_DE.UTF-8')).stdout).toBe(help.stdout);
    const one = await c4c(['test', '--help', '--lang', 'de']);
    expect(one.stdout).toMatch(/^Eine Verbindung .*\n\nAufruf: c4c-connect test --url/);
  });

  it('says a connection test in German: stages, TLS, diagnosis and advice', async () => {
    const ok = await c4c(['test', '--url', tenant.serviceUrl, ...auth(), '--lang', 'de']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/Clientzertifikat (gesendet|gesendet, falls gefragt)/);
    expect(ok.stdout).toContain('OK: Die Verbindung funktioniert');
    expect(english(ok.stdout)).toEqual([]);

    const refused = await c4c([
      'test',
      '--url',
      tenant.serviceUrl,
      '--user',
      tenant.user,
      '--password-env',
      'WRONG_PW',
      '--ca',
      tenant.caPath,
      '--lang',
      'de',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('UNAUTHORIZED: ');
    expect(english(refused.stdout + refused.stderr)).toEqual([]);
  });

  it('says a metadata download and a query in German, numbers the German way', async () => {
    const meta = await c4c(['metadata', '--url', tenant.serviceUrl, ...auth(), '--lang', 'de']);
    expect(meta.code, meta.stderr).toBe(0);
    expect(meta.stdout).toMatch(/^[\d.]+ Byte, \d+ Entitätsmengen, \d+ Entitätstypen in [\d.]+ ms/);
    expect(english(meta.stdout)).toEqual([]);
    const query = await c4c([
      'query',
      '--url',
      tenant.serviceUrl,
      ...auth(),
      '--entity-set',
      'ServiceRequestCollection',
      '--top',
      '2',
      '--count',
      '--lang',
      'de',
    ]);
    expect(query.code, query.stderr).toBe(0);
    expect(query.stdout).toMatch(/2 von [\d.]+ Zeilen in [\d.]+ ms/);
    expect(english(query.stdout)).toEqual([]);
  });

  it('says a wrong --lang and an unknown command in the OS language', async () => {
    const bad = await c4c(['test', '--lang', 'fr'], 'de_DE.UTF-8');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lang nimmt en | de, nicht „fr“.');
    const unknown = await c4c(['frobnicate', '--lang', 'de']);
    expect(unknown.stderr).toContain('Unbekannter Befehl „frobnicate“');
    // Bad arguments in German too: a missing variable, an unknown option, a missing value.
    const unset = await c4c([
      'test',
      '--url',
      tenant.serviceUrl,
      '--user',
      'u',
      '--password-env',
      'NOT_SET_HERE',
      '--lang',
      'de',
    ]);
    expect(unset.code).toBe(2);
    expect(unset.stderr).toContain('Die Umgebungsvariable NOT_SET_HERE ist nicht gesetzt.');
    expect(unset.stderr).toContain('(c4c-connect test --help zeigt, wie.)');
    const option = await c4c(['test', '--frob', '--lang', 'de']);
    expect(option.stderr).toContain('Unbekannte Option --frob.');
    const value = await c4c(['test', '--lang', 'de', '--url']);
    expect(value.stderr).toContain('Die Option --url');
    for (const r of [unset, option, value]) expect(english(r.stderr)).toEqual([]);
  });
});
