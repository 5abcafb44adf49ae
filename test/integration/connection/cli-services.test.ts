/**
 * `c4c-connect test --connection NAME` as a user runs it (the CLI bundled from source, in its own
 * process, with the key pair in the real keychain) tests every service of the arrangement: against a
 * loopback mTLS server where one service answers and the other is not there, it prints one result
 * per service and exits 1; --service tests just the one named.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionStore } from '../../../electron/core/connections/index';
import { openDataStore } from '../../../electron/core/store/open-store';
import { ServiceTestResult } from '../../../shared/domain/diagnosis';
import { sharedTestPki, type TestPki } from '../../servers/index';
import { bundleForTest } from '../../support/bundle';
import { odataOk, startMtls, type Running } from './servers';

const run = promisify(execFile);
const GOOD = '/sap/c4c/odata/v1/c4codataapi/';
const MISSING = '/sap/c4c/odata/cust/v1/missing_service/';

let pki: TestPki;
let server: Running;
let cli: string;
let data: string;

async function c4c(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [cli, ...args], {
      env: { ...process.env, C4C_CONNECT_DATA_DIR: data, P12_PW: pki.client.password, LANG: 'en_US.UTF-8' },
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  pki = await sharedTestPki();
  server = await startMtls(pki, (req, res) => {
    if (req.url?.startsWith(GOOD)) odataOk(res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });
  cli = bundleForTest('electron/cli/index.ts', { __APP_VERSION__: '"0.0.0-test"' });
  data = await mkdtemp(join(tmpdir(), 'c4c-cli-services-'));
  const imported = await c4c([
    'keypair',
    'import',
    pki.client.p12Path,
    '--name',
    'Client',
    '--password-env',
    'P12_PW',
    '--json',
  ]);
  expect(imported.code, imported.stderr).toBe(0);
  const keyPairId = (JSON.parse(imported.stdout) as { keyPair: { id: string } }).keyPair.id;
  new ConnectionStore(openDataStore(data).store).save({
    name: 'Two services',
    environment: 'test',
    tenantHost: `127.0.0.1:${String(server.port)}`,
    system: { systemId: 'SYS01', hostName: '', doneInC4c: true },
    arrangement: {
      scenario: 'OData Services for Business Objects',
      services: [
        { name: 'c4codataapi', path: GOOD },
        { name: 'missing_service', path: MISSING },
      ],
      technicalUser: 'TECH',
      doneInC4c: true,
    },
    auth: { method: 'client-certificate', keyPairId },
    proxy: { mode: 'none' },
    trust: { extraCaPem: [pki.server.caPem], useOsTrustStore: false },
    fetchCsrfToken: false,
    timeoutSeconds: 20,
  });
}, 120_000);

afterAll(async () => {
  await server.close();
  await rm(data, { recursive: true, force: true });
});

describe('c4c-connect test --connection with two services', () => {
  it('--json: one result per service in the arrangement’s order, exit 1 as one fails', async () => {
    const r = await c4c(['test', '--connection', 'Two services', '--json']);
    expect(r.code, r.stderr).toBe(1);
    const results = ServiceTestResult.array().parse(JSON.parse(r.stdout));
    expect(results.map((s) => [s.service, s.url, s.ok])).toEqual([
      ['c4codataapi', `https://127.0.0.1:${String(server.port)}${GOOD}`, true],
      ['missing_service', `https://127.0.0.1:${String(server.port)}${MISSING}`, false],
    ]);
    expect(results[0]?.diagnosis.code).toBe('OK');
    expect(results[1]?.diagnosis.code).not.toBe('OK');
    expect(results[1]?.http?.status).toBe(404);
    expect(r.stdout).not.toContain('PRIVATE KEY');
  });

  it('as text: a block per service and which one failed', async () => {
    const r = await c4c(['test', '--connection', 'Two services']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^Service c4codataapi {2}https:\/\/127\.0\.0\.1:\d+\/sap\/c4c\/odata\/v1\/c4codataapi\/$/m,
    );
    expect(r.stdout).toMatch(/^Service missing_service {2}https:/m);
    expect(r.stdout).toMatch(/^OK: /m);
    expect(r.stdout).toContain('1 of 2 services failed: missing_service');
  });

  it('--service tests only the one named: exit 0 for the good one, 2 for a name it does not have', async () => {
    const good = await c4c(['test', '--connection', 'Two services', '--service', 'c4codataapi', '--json']);
    expect(good.code, good.stderr).toBe(0);
    const results = ServiceTestResult.array().parse(JSON.parse(good.stdout));
    expect(results.map((s) => s.service)).toEqual(['c4codataapi']);

    const unknown = await c4c(['test', '--connection', 'Two services', '--service', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('c4codataapi, missing_service');
    expect((await c4c(['test', '--url', server.url, '--service', 'c4codataapi'])).code).toBe(2);
  });
});
