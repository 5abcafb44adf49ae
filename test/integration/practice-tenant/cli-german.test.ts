/**
 * The command line in German: its help, each command's summary, and the lines of a connection
 * test, a metadata download and a query, run from the real CLI bundle against the practice tenant.
 * No English sentence may appear (the e2e check's rule and allow-list: product names, C4C's and the
 * adapter's field names); the default language is the OS's (LANG) as before.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  const c4c = async (args: string[], lang = 'en_US.UTF-8', dataDir?: string) => {
    const env = {
      ...process.env,
      ...(dataDir ? { C4C_CONNECT_DATA_DIR: dataDir } : {}),
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

  it('says the rarer bad arguments of every command in German (and in English without --lang de)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'c4c-cli-de-'));
    const missing = join(dir, 'nowhere.p12');
    const cases: [string[], string][] = [
      [['keypair', 'show'], 'Geben Sie den Namen des Schlüsselpaars an.'],
      [['keypair', 'delete'], 'Geben Sie den Namen des Schlüsselpaars an.'],
      [['keypair', 'csr'], 'Geben Sie den Namen des Schlüsselpaars an.'],
      [
        ['keypair', 'export', 'A', '--out', join(dir, 'a.pem'), '--cert-only', 'txt'],
        '--cert-only nimmt pem oder der.',
      ],
      [
        [
          'keypair',
          'export',
          'A',
          '--out',
          join(dir, 'a.pem'),
          '--cert-only',
          'pem',
          '--new-password-env',
          'P12_PW',
        ],
        '--cert-only exportiert keinen Schlüssel',
      ],
      [['keypair', 'export', 'A', '--out', dir], 'ist schon vorhanden. Wählen Sie eine andere Datei'],
      [['keypair', 'import'], 'Geben Sie genau eine Schlüsselpaar-Datei an.'],
      [['keypair', 'import', missing, '--name', 'A'], 'Die Datei (.p12) kann nicht gelesen werden'],
      [['keypair', 'import', dir, '--name', 'A'], 'Der Pfad (.p12) ist keine gewöhnliche Datei.'],
      [['keypair', 'rename', 'A'], 'Geben Sie den bisherigen und den neuen Namen an'],
      [['keypair', 'renew', 'A'], 'Geben Sie den Namen des Schlüsselpaars und die neue .p12-Datei an'],
      [['keypair', 'renew', 'A', missing], 'kann nicht gelesen werden. Prüfen Sie den Pfad.'],
      [['keypair', 'renew', 'A', dir], 'ist keine Datei. Geben Sie die .p12- oder .pfx-Datei an.'],
      [
        ['keypair', 'attach-cert', 'A'],
        'Geben Sie den Namen des Schlüsselpaars und die Zertifikatsdatei an.',
      ],
      [['keypair', 'attach-cert', 'A', missing], 'kann nicht gelesen werden. Prüfen Sie den Pfad.'],
      [['keypair', 'create', 'x', '--name', 'A'], 'keypair create nimmt keine Datei; geben Sie --name an.'],
      [['keypair', 'create', '--name', 'A', '--key', 'dsa'], '--key nimmt '],
      [['keypair', 'create', '--name', 'A', '--days', '0'], '--days nimmt 1 bis '],
      [['inspect'], 'Nennen Sie genau eine .p12- oder .pfx-Datei.'],
      [['edmx', 'summary'], 'Geben Sie genau eine .edmx-Datei an.'],
      [['edmx', 'summary', missing], 'Die Datei (.edmx) kann nicht gelesen werden'],
      [['handover', '--url', 'not a url', '--keypair', 'A'], '--url ist keine gültige Adresse.'],
      [['handover', '--url', 'http://x.example/', '--keypair', 'A'], '--url muss mit https:// beginnen.'],
      [['handover', '--url', 'https://x.example/'], 'Geben Sie genau eines an: --keypair NAME'],
      [
        ['handover', '--url', 'https://x.example/', '--keypair', 'A', '--query', '?$top=1'],
        '--query nennt keine Entitätsmenge.',
      ],
      [['check', 'extra', '--connection', 'X'], 'check nimmt keine Argumente ohne Option.'],
      [
        ['query', '--url', tenant.serviceUrl, '--entity-set', 'X', '--top', 'many'],
        '--top nimmt eine ganze Zahl.',
      ],
      [['test', '--url', tenant.serviceUrl, '--service', 'x'], '--service gehört zu --connection.'],
      [['test', '--url', 'https://u:p@x.example/'], '--url darf weder Benutzer noch Kennwort enthalten'],
      [['test', '--url', 'http://x.example/'], '--url muss eine Adresse mit https:// sein'],
      [['test', '--url', 'https://x.example/#a'], '--url darf kein Fragment'],
      [['test', '--url', '::'], '--url ist keine gültige Adresse. Geben Sie sie so an:'],
      [
        ['test', '--url', tenant.serviceUrl, '--proxy', 'socks://p.example'],
        '--proxy muss mit http:// oder https:// beginnen',
      ],
      [
        ['test', '--url', tenant.serviceUrl, '--p12', missing, '--password-env', 'P12_PW'],
        'Die Datei (--p12) kann nicht gelesen werden',
      ],
      [['practice-tenant', '--port', '70000'], '--port muss eine Portnummer sein'],
    ];
    try {
      // A key pair to name, so renew and attach-cert reach their file checks.
      const created = await c4c(['keypair', 'create', '--name', 'A', '--lang', 'de'], 'de_DE.UTF-8', dir);
      expect(created.code, created.stderr).toBe(0);
      for (const [args, german] of cases) {
        const de = await c4c([...args, '--lang', 'de'], 'de_DE.UTF-8', dir);
        expect(de.code, args.join(' ')).toBe(2);
        expect(de.stderr, args.join(' ')).toContain(german);
        expect(english(de.stderr), args.join(' ')).toEqual([]);
      }
      // The same slips in English read as English: the rule above can fail.
      for (const [args] of cases.slice(0, 3)) {
        const en = await c4c([...args, '--lang', 'en'], 'de_DE.UTF-8', dir);
        expect(english(en.stderr).length, args.join(' ')).toBeGreaterThan(0);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('says the rare paths in German: damaged store, wrong password, file protection, key pair errors', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'c4c-cli-de-rare-'));
    const de = (args: string[]) => c4c([...args, '--lang', 'de'], 'en_US.UTF-8', dir);
    try {
      // A settings file edited by hand: kept aside, and the CLI says so on stderr.
      await writeFile(join(dir, 'c4c-connect.json'), '{"keyPairs": [');
      const listed = await de(['keypair', 'list']);
      expect(listed.code, listed.stderr).toBe(0);
      expect(listed.stderr).toContain(
        'Die Einstellungsdatei war beschädigt und konnte nicht gelesen werden.',
      );
      expect(english(listed.stderr)).toEqual([]);

      const wrong = await de([
        'keypair',
        'import',
        tenant.p12Path,
        '--name',
        'T',
        '--password-env',
        'WRONG_PW',
      ]);
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toContain('WRONG_PASSWORD: Das Kennwort öffnet diese Schlüsselpaardatei nicht.');

      // inspect's details in German: test/integration/pkcs12/inspect-cli.test.ts (it needs the built worker).
      const missing = await de(['inspect', join(dir, 'nowhere.p12'), '--password-env', 'P12_PW']);
      expect(missing.stderr).toContain('NOT_FOUND: Die Datei');

      const imported = await de([
        'keypair',
        'import',
        tenant.p12Path,
        '--name',
        'T',
        '--password-env',
        'P12_PW',
      ]);
      expect(imported.stdout).toMatch(/^Datei +\S.*Iterationen/m);
      expect(english(imported.stdout)).toEqual([]);
      const created = await de(['keypair', 'create', '--name', 'Hier']);
      expect(created.stdout).toContain(
        'In C4C Connect erzeugt: Der private Schlüssel war nie in einer Datei',
      );

      const taken = await de(['keypair', 'rename', 'Hier', 't']);
      expect(taken.stderr).toContain('BAD_INPUT: Ein Schlüsselpaar namens „T“ gibt es schon.');
      const notDn = await de(['keypair', 'create', '--name', 'X', '--subject', 'just words']);
      expect(notDn.stderr).toContain('„just words“ ist kein Distinguished Name.');
      for (const r of [wrong, missing, taken]) expect(english(r.stderr)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('says key pair confirmations, edmx summary, vault sweep and doctor in German', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'c4c-cli-de-'));
    const de = async (args: string[]) => {
      const r = await c4c([...args, '--lang', 'de'], 'en_US.UTF-8', dir);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      expect(english(r.stdout + r.stderr), args.join(' ')).toEqual([]);
      return r.stdout;
    };
    try {
      expect(await de(['keypair', 'create', '--name', 'Übung'])).toContain('Schlüsselpaar „Übung“ erzeugt.');
      expect(await de(['keypair', 'rename', 'Übung', 'Probe'])).toContain(
        'Schlüsselpaar „Übung“ in „Probe“ umbenannt.',
      );
      const pem = join(dir, 'probe.pem');
      expect(await de(['keypair', 'export', 'Probe', '--out', pem, '--cert', 'pem'])).toContain(
        `Zertifikat von „Probe“ gesichert unter ${pem}.`,
      );
      const csr = await de(['keypair', 'csr', 'Probe', '--out', join(dir, 'probe.csr')]);
      expect(csr).toContain('Zertifikatsanforderung von „Probe“ gesichert unter');
      expect(csr).toContain('Sobald die Zertifizierungsstelle sie signiert hat');
      const imported = await de([
        'keypair',
        'import',
        tenant.p12Path,
        '--name',
        'Tenant',
        '--password-env',
        'P12_PW',
      ]);
      expect(imported).toContain('Schlüsselpaar „Tenant“ importiert.');
      expect(await de(['keypair', 'delete', 'Probe'])).toContain('Schlüsselpaar „Probe“ gelöscht.');

      const edmx = join(dir, 'service.edmx');
      await de(['metadata', '--url', tenant.serviceUrl, ...auth(), '--out', edmx]);
      const summary = await de(['edmx', 'summary', edmx]);
      expect(summary).toMatch(/^Entitätsmengen +[\d.]+$/m);
      expect(summary).toMatch(/^Navigationseigenschaften +[\d.]+$/m);
      expect(summary).toMatch(/^Gelesen in [\d.]+ ms$/m);

      // A vault file left by an interrupted import: the start sweep's notice, vault sweep, doctor.
      const vault = join(dir, 'vault');
      const [kept] = (await readdir(vault)).filter((f) => f.endsWith('.bin'));
      await copyFile(join(vault, kept!), join(vault, 'kp-crashed-import.bin'));
      const old = new Date(Date.now() - 2 * 3600_000);
      await utimes(join(vault, 'kp-crashed-import.bin'), old, old);
      const swept = await c4c(['vault', 'sweep', '--lang', 'de'], 'en_US.UTF-8', dir);
      expect(swept.stderr).toContain('1 Tresordatei, die kein Schlüsselpaar und keine Verbindung verwendet');
      expect(swept.stdout).toContain('In die Quarantäne verschoben: 0');
      expect(swept.stdout).toContain('1 verwaiste Tresordatei(en) liegen noch in');
      expect(english(swept.stdout + swept.stderr)).toEqual([]);
      const orphaned = await de(['doctor']);
      expect(orphaned).toMatch(/^Verwaiste +1 Tresordatei\(en\)/m);
      expect(orphaned).toMatch(/^ {2}quarantine\/kp-crashed-import\.bin {2}[\d.]+ Byte, /m);
      const sweep = await de(['vault', 'sweep', '--delete']);
      expect(sweep).toContain('Endgültig gelöscht: 1');
      expect(sweep).toContain('Es sind keine verwaisten Tresordateien übrig.');

      const doctor = await de(['doctor']);
      expect(doctor).toMatch(/^Datenordner +\//m);
      expect(doctor).toMatch(/^Schlüsselbund +erreichbar \(/m);
      expect(doctor).toMatch(/^Verwaiste +keine$/m);
      // No keychain answering (no session bus): the reason in German, coded; exit 3.
      const noBus: NodeJS.ProcessEnv = {
        ...process.env,
        C4C_CONNECT_DATA_DIR: dir,
        LANG: 'de_DE.UTF-8',
        LC_ALL: '',
      };
      delete noBus.DBUS_SESSION_BUS_ADDRESS;
      const down = await run(process.execPath, [cli, 'doctor', '--lang', 'de'], { env: noBus }).catch(
        (e: unknown) => e as { code: number; stdout: string },
      );
      expect('code' in down ? down.code : 0).toBe(3);
      expect(down.stdout).toMatch(
        /^Schlüsselbund +NICHT erreichbar: KEYCHAIN_UNAVAILABLE: Der Schlüsselbund/m,
      );
      expect(english(down.stdout)).toEqual([]);
      // The English doctor reads as English: the rule can fail here.
      const en = await c4c(['doctor', '--lang', 'en'], 'en_US.UTF-8', dir);
      expect(en.stdout).toMatch(/^OS keychain +reachable \(/m);
      // --json stays as it was: keys in English, values as measured.
      const json = JSON.parse(
        (await c4c(['doctor', '--json', '--lang', 'de'], 'en_US.UTF-8', dir)).stdout,
      ) as {
        keychain: { reachable: boolean };
      };
      expect(json.keychain.reachable).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
