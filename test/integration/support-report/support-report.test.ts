/**
 * The support report (issue 13, section 3), the whole flow: a real nginx + CAP tenant with client
 * certificate and basic authentication, the app's connection test and save-report channel behind
 * the IPC door (save dialog answered by the test), and `c4c-connect test --report`. Every file
 * written is then searched for every secret the flow used, in every form (disk-scan.ts).
 */
import { X509Certificate, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCliContext } from '../../../electron/cli/context';
import { runCli } from '../../../electron/cli/main';
import { OsKeychain } from '../../../electron/core/keychain/os-keychain';
import { openDataStore } from '../../../electron/core/store/open-store';
import { VAULT_KEY_ACCOUNT } from '../../../electron/core/vault/index';
import { REPORT_FORMAT, type SupportReport } from '../../../electron/core/support-report/index';
import { createHandlerTable } from '../../../electron/main/handlers/index';
import { createDoor } from '../../../electron/main/ipc-door';
import { createServices } from '../../../electron/main/services';
import type { Connection } from '../../../shared/domain/connection';
import type { TestResult } from '../../../shared/domain/diagnosis';
import type { KeyPairSummary } from '../../../shared/domain/keypair';
import type { Result } from '../../../shared/result';
import { useBuiltWorker } from '../../support/bundle';
import { testHost } from '../../support/test-host';
import { startNginxWithCap, type NginxWithCap } from '../../servers/index';
import { scanForSecrets } from '../keypairs/disk-scan';
import { FIXTURES } from '../keypairs/helpers';

(globalThis as Record<string, unknown>).__APP_VERSION__ = '9.9.9-report-test';

const REFUSED = '/sap/c4c/odata/v1/refusedservice/';
const sender = { url: 'app://c4c/index.html', isMainFrame: true };
let nginx: NginxWithCap;
let dataFolder: string;
let reports: string;
let keychain: OsKeychain;
let dispose: () => Promise<void>;
let call: <T>(channel: string, payload: unknown) => Promise<Result<T>>;
// Electron's version is given: the report names the runtime it ran in.
const host = testHost({ versions: { electron: '45.0.0', chrome: null, node: process.versions.node } });

const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};

beforeAll(async () => {
  useBuiltWorker();
  nginx = await startNginxWithCap({ refusedPaths: [REFUSED] });
  dataFolder = mkdtempSync(join(tmpdir(), 'c4c-report-data-'));
  reports = mkdtempSync(join(tmpdir(), 'c4c-report-files-'));
  keychain = new OsKeychain(`C4C Connect test ${randomBytes(4).toString('hex')}`);
  const services = createServices({
    name: 'C4C Connect',
    version: '9.9.9-report-test',
    dataFolder,
    opened: openDataStore(dataFolder),
    keychain,
    host,
  });
  dispose = () => services.dispose();
  const dispatch = createDoor(createHandlerTable(services), { isTrusted: () => true });
  call = (channel, payload) => dispatch(channel, payload, sender) as never;
}, 60_000);
afterAll(async () => {
  await dispose();
  await keychain.delete(VAULT_KEY_ACCOUNT);
  await nginx.stop();
});

const hostOf = (url: string) => new URL(url).host;

function connection(name: string, url: string, auth: Record<string, unknown>) {
  return {
    name,
    environment: 'test',
    tenantHost: hostOf(url),
    system: { systemId: 'CPI_TST', hostName: 'cpi.example.test', doneInC4c: true },
    arrangement: {
      scenario: 'OData Services for Business Objects',
      services: [
        { name: 'c4codataapi', path: new URL(url).pathname },
        { name: 'refusedservice', path: REFUSED },
      ],
      technicalUser: nginx.user,
      doneInC4c: true,
    },
    auth,
    proxy: { mode: 'none' },
    trust: { extraCaPem: [nginx.caPem], useOsTrustStore: false },
    fetchCsrfToken: false,
    timeoutSeconds: 20,
  };
}

const readReport = (markdownPath: string) => ({
  markdown: readFileSync(markdownPath, 'utf8'),
  json: JSON.parse(readFileSync(markdownPath.replace(/\.md$/, '.json'), 'utf8')) as SupportReport,
});

/** Every secret of the flow, in every form, in every report file: none may be found. */
function secretsIn(folder: string): string[] {
  const p12 = readFileSync(nginx.clientP12.path);
  const keyPem = nginx.pki.client.keyPem;
  return [
    ...scanForSecrets([folder], { password: nginx.clientP12.password, keyPem, p12 }),
    ...scanForSecrets([folder], { password: nginx.password, keyPem, p12 }),
  ];
}

describe('support report', () => {
  it('from the app: client certificate and basic connections, Markdown and JSON, no secret', async () => {
    const p12 = readFileSync(nginx.clientP12.path);
    const keyPair = value(
      await call<KeyPairSummary>('keypair:import', {
        name: 'Report key pair',
        fileName: 'client.p12',
        bytes: new Uint8Array(p12),
        password: nginx.clientP12.password,
      }),
    );
    const mtls = value(
      await call<Connection>(
        'connection:save',
        connection('Report mTLS', nginx.mtlsUrl, { method: 'client-certificate', keyPairId: keyPair.id }),
      ),
    );
    const basic = value(
      await call<Connection>(
        'connection:save',
        connection('Report basic', nginx.basicUrl, { method: 'basic', user: nginx.user }),
      ),
    );
    value(await call('connection:set-password', { connectionId: basic.id, password: nginx.password }));

    // Before any test there is nothing to report.
    const early = await call('connection:save-report', { connectionId: mtls.id });
    expect(early.ok ? 'saved' : early.error.code).toBe('BAD_INPUT');

    for (const c of [mtls, basic]) {
      const result = value(await call<TestResult>('connection:test', { connectionId: c.id }));
      // nginx refuses the second service on its mTLS port (403); its basic port does not know it (404).
      expect(result.services?.map((s) => s.http?.status)).toEqual([200, c === mtls ? 403 : 404]);
      // Each service's result records how it signed on (the report names that, not the connection's method now).
      expect(result.services?.map((s) => s.authentication)).toEqual(
        Array(2).fill(c === mtls ? 'client-certificate' : 'basic'),
      );
    }

    // Cancelled dialog: nothing written.
    host.nextSavePath(null);
    expect(value(await call('connection:save-report', { connectionId: mtls.id }))).toEqual({
      saved: false,
      file: null,
    });
    expect(readdirSync(reports)).toEqual([]);

    // Renewed after the test: the report still names the certificate that was tested.
    value(
      await call('keypair:replace', {
        id: keyPair.id,
        fileName: 'renewed.p12',
        bytes: new Uint8Array(readFileSync(join(FIXTURES, 'ec-p256-with-chain.p12'))),
        password: 'Test1234',
      }),
    );

    host.nextSavePath(join(reports, 'mtls.md'));
    host.nextSavePath(join(reports, 'basic'));
    const a = value(await call<{ file: string }>('connection:save-report', { connectionId: mtls.id }));
    const b = value(
      await call<{ file: string }>('connection:save-report', { connectionId: basic.id, language: 'de' }),
    );
    expect(a.file).toBe(join(reports, 'mtls.md'));
    expect(b.file).toBe(join(reports, 'basic.md'));
    expect(host.saveDialogs.map((d) => d.title).slice(-2)).toEqual([
      'Save support report',
      'Support-Bericht sichern',
    ]);
    expect(readdirSync(reports).sort()).toEqual(['basic.json', 'basic.md', 'mtls.json', 'mtls.md']);

    const m = readReport(a.file);
    expect(m.json).toMatchObject({
      format: REPORT_FORMAT,
      app: { name: 'C4C Connect', version: '9.9.9-report-test', electron: '45.0.0' },
      connection: { name: 'Report mTLS', authentication: 'client-certificate' },
      clientCertificate: {
        subject: keyPair.certificate.subject,
        sha256: new X509Certificate(nginx.pki.client.certPem).fingerprint256,
      },
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(m.json.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const [allowed, refused] = m.json.services;
    expect(allowed?.url).toBe(nginx.mtlsUrl);
    expect(allowed?.stages.map((s) => s.name)).toEqual(['dns', 'tcp', 'tls', 'http', 'odata']);
    expect(allowed?.startedAt).toMatch(/Z$/);
    expect(allowed?.tls?.protocol).toMatch(/^TLSv1\.[23]$/);
    expect(allowed?.tls?.cipher).toBeTruthy();
    // The server's chain as sent, with fingerprints that match the real certificate.
    const serverLeaf = new X509Certificate(nginx.pki.server.certPem);
    expect(allowed?.tls?.serverChain[0]?.sha256).toBe(serverLeaf.fingerprint256);
    expect(allowed?.tls?.serverChain[0]?.notBefore).toBe(new Date(serverLeaf.validFrom).toISOString());
    expect(allowed?.http?.status).toBe(200);
    expect(allowed?.http?.headers.date).toBeTruthy();
    expect(refused?.http?.status).toBe(403);
    expect(refused?.diagnosis.code).toBe('FORBIDDEN');

    expect(m.markdown).toContain('# C4C Connect: connection test report');
    expect(m.markdown).toContain(new X509Certificate(nginx.pki.client.certPem).fingerprint256);
    expect(m.markdown).toContain(serverLeaf.fingerprint256);
    expect(m.markdown).toContain('FORBIDDEN');
    const g = readReport(b.file);
    expect(g.markdown).toContain('# C4C Connect: Bericht zum Verbindungstest');
    expect(g.json.clientCertificate).toBeNull();
    expect(g.json.connection.authentication).toBe('basic');

    expect(secretsIn(reports)).toEqual([]);
    // The technical user's name is not a secret, but the report has no reason to carry it either.
    expect(m.markdown + g.markdown).not.toContain(nginx.password);
  }, 120_000);

  it('from the command line: test --report, with --p12 and with --user', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'c4c-report-cli-'));
    const caFile = join(dir, 'ca.pem');
    writeFileSync(caFile, nginx.caPem);
    const env = {
      C4C_CONNECT_DATA_DIR: dataFolder,
      P12_PW: nginx.clientP12.password,
      USER_PW: nginx.password,
    };
    const run = async (argv: string[]) => {
      let stdout = '';
      let stderr = '';
      const write = process.stdout.write.bind(process.stdout);
      const writeErr = process.stderr.write.bind(process.stderr);
      process.stdout.write = (chunk: string | Uint8Array) => {
        stdout += String(chunk);
        return true;
      };
      process.stderr.write = (chunk: string | Uint8Array) => {
        stderr += String(chunk);
        return true;
      };
      try {
        return { code: await runCli(argv, createCliContext(env)), stdout, stderr };
      } finally {
        process.stdout.write = write;
        process.stderr.write = writeErr;
      }
    };
    const cert = await run([
      'test',
      '--url',
      nginx.mtlsUrl,
      '--p12',
      nginx.clientP12.path,
      '--password-env',
      'P12_PW',
      '--ca',
      caFile,
      '--report',
      join(dir, 'cli-cert.md'),
      '--lang',
      'en',
    ]);
    expect(cert.code, cert.stdout).toBe(0);
    expect(cert.stdout).toContain(`Report written: ${join(dir, 'cli-cert.md')}`);
    const basic = await run([
      'test',
      '--url',
      nginx.basicUrl.replace(/\/sap\/.*$/, REFUSED),
      '--user',
      nginx.user,
      '--password-env',
      'USER_PW',
      '--ca',
      caFile,
      '--report',
      join(dir, 'cli-basic'),
      '--json',
    ]);
    expect(basic.code).toBe(1);
    // One result per service (--url: one), each naming the report that covers the run.
    expect(JSON.parse(basic.stdout)).toMatchObject([
      {
        diagnosis: { code: 'NOT_FOUND' },
        report: { markdown: join(dir, 'cli-basic.md'), json: join(dir, 'cli-basic.json') },
      },
    ]);

    const c = readReport(join(dir, 'cli-cert.md'));
    const clientLeaf = new X509Certificate(nginx.pki.client.certPem);
    expect(c.json).toMatchObject({
      app: { version: '9.9.9-report-test', electron: null },
      connection: { name: null, authentication: 'client-certificate' },
      clientCertificate: { sha256: clientLeaf.fingerprint256 },
      ok: true,
      code: 'OK',
    });
    expect(c.json.services[0]?.tls?.clientCertificateSent).toBe('yes');
    const b = readReport(join(dir, 'cli-basic.md'));
    expect(b.json.services[0]?.http?.status).toBe(404);
    expect(b.json.clientCertificate).toBeNull();

    expect(secretsIn(dir).filter((f) => !f.startsWith(caFile))).toEqual([]);

    const basicRun = (report: string, more: string[] = []) =>
      run([
        'test',
        '--url',
        nginx.basicUrl,
        '--user',
        nginx.user,
        '--password-env',
        'USER_PW',
        '--ca',
        caFile,
        '--report',
        report,
        '--lang',
        'en',
        ...more,
      ]);
    // --report naming a folder is bad input, said before the test runs.
    const folder = await basicRun(dir);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('BAD_INPUT');
    expect(folder.stdout).toBe('');
    // A report that cannot be written: the test's result is printed all the same, then the coded
    // error naming the file (the JSON name is one too long here); the Markdown is not left behind.
    const long = join(dir, 'r'.repeat(251));
    const unwritten = await basicRun(long);
    expect(unwritten.code).toBe(2);
    expect(unwritten.stdout).toContain('OK:');
    expect(unwritten.stderr).toContain(`REPORT_NOT_WRITTEN: The report could not be written to ${long}.json`);
    expect(readdirSync(dir).filter((n) => n.startsWith('rrr'))).toEqual([]);
    const unwrittenJson = await basicRun(long, ['--json']);
    expect(unwrittenJson.code).toBe(2);
    expect(JSON.parse(unwrittenJson.stdout)).toMatchObject([
      { diagnosis: { code: 'OK' }, reportError: { code: 'REPORT_NOT_WRITTEN' } },
    ]);

    // A folder that is not there is bad input, said before anything is sent.
    const nowhere = await run([
      'test',
      '--url',
      nginx.basicUrl,
      '--user',
      nginx.user,
      '--password-env',
      'USER_PW',
      '--report',
      join(dir, 'missing', 'r.md'),
    ]);
    expect(nowhere.code).toBe(2);
  }, 120_000);
});
