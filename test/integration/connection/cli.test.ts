/** c4c-connect test against a real mTLS server: the --json shape and the exit codes. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceTestResult } from '../../../shared/domain/diagnosis';
import { runCli } from '../../../electron/cli/main';
import { createCliContext } from '../../../electron/cli/context';
import { sharedTestPki, type TestPki } from '../../servers/index';
import { odataOk, startMtls, type Running } from './servers';

(globalThis as Record<string, unknown>).__APP_VERSION__ = 'test';

let pki: TestPki;
let server: Running;
let caFile: string;

beforeAll(async () => {
  pki = await sharedTestPki();
  server = await startMtls(pki, (_q, r) => odataOk(r));
  caFile = join(pki.dir, 'cli-server-root.pem');
  await writeFile(caFile, pki.server.caPem);
});
afterAll(() => server.close());

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  };
  try {
    const code = await runCli(argv, createCliContext({ ...env, C4C_CONNECT_DATA_DIR: pki.dir }));
    return { code, stdout };
  } finally {
    process.stdout.write = write;
  }
}

describe('c4c-connect test', () => {
  it('--p12 with --password-env and --ca: OK, exit 0, the --json shape of the issue', async () => {
    const r = await cli(
      [
        'test',
        '--url',
        server.url,
        '--p12',
        pki.client.p12Path,
        '--password-env',
        'P12_PW',
        '--ca',
        caFile,
        '--json',
      ],
      {
        P12_PW: pki.client.password,
      },
    );
    expect(r.code).toBe(0);
    // An array, one result per service: --url is one service, named after its path.
    const [json, ...more] = ServiceTestResult.array().parse(JSON.parse(r.stdout));
    expect(more).toEqual([]);
    if (!json) throw new Error('no result');
    expect(json.service).toBe('c4codataapi');
    expect(json.url).toBe(server.url);
    expect(json.ok).toBe(true);
    expect(json.diagnosis.code).toBe('OK');
    expect(json.stages.map((s) => s.name)).toEqual(['dns', 'tcp', 'tls', 'http', 'odata']);
    expect(json.tls?.clientCertificateSent).toBe('yes');
    expect(r.stdout).not.toContain('PRIVATE KEY');
  });

  it('exit 1 for any other diagnosis (no certificate: CLIENT_CERT_MISSING)', async () => {
    const r = await cli(['test', '--url', server.url, '--ca', caFile, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject([{ ok: false, diagnosis: { code: 'CLIENT_CERT_MISSING' } }]);
  });

  it('exit 2 for bad input', async () => {
    expect((await cli(['test', '--url', 'http://x/', '--json'])).code).toBe(2);
    expect((await cli(['test', '--url', server.url, '--timeout', 'soon', '--json'])).code).toBe(2);
    expect(
      (
        await cli([
          'test',
          '--url',
          server.url,
          '--p12',
          pki.client.p12Path,
          '--password-env',
          'NOPE',
          '--json',
        ])
      ).code,
    ).toBe(2);
  });
});

describe('c4c-connect doctor', () => {
  it('names the TLS library the connection test runs on (OpenSSL in plain Node)', async () => {
    const r = await cli(['doctor', '--json']);
    const report = JSON.parse(r.stdout) as { tls: string };
    expect(report.tls).toBe(`OpenSSL ${process.versions.openssl}`);
    expect((await cli(['doctor'])).stdout).toMatch(/^TLS library {3}OpenSSL \d/m);
  });
});
