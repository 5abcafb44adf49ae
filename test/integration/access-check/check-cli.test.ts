/**
 * `c4c-connect check --connection NAME --sets A,B --json` as a user runs it (the built bundle), with a
 * saved connection whose key pair is in the real keychain, against nginx (mTLS) + CAP where the
 * second service of the arrangement is refused.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionStore } from '../../../electron/core/connections/index';
import { openDataStore } from '../../../electron/core/store/open-store';
import { C4C_SERVICE_PATH, startNginxWithCap, type NginxWithCap } from '../../servers/index';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/c4c-connect.mjs');
const REFUSED = '/sap/c4c/odata/v1/refusedservice/';
let nginx: NginxWithCap;

beforeAll(async () => {
  nginx = await startNginxWithCap({ refusedPaths: [REFUSED] });
}, 60_000);
afterAll(async () => {
  await nginx.stop();
});

function cli(data: string, args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, C4C_CONNECT_DATA_DIR: data, P12_PASSWORD: nginx.clientP12.password },
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('c4c-connect check', () => {
  it('prints the matrix as JSON and exits 1 when a service is refused', () => {
    const data = mkdtempSync(join(tmpdir(), 'c4c-cli-check-'));
    const imported = cli(data, [
      'keypair',
      'import',
      nginx.clientP12.path,
      '--name',
      'Client',
      '--password-env',
      'P12_PASSWORD',
      '--json',
    ]);
    expect(imported.code, imported.stderr).toBe(0);
    const keyPairId = (JSON.parse(imported.stdout) as { keyPair: { id: string } }).keyPair.id;
    new ConnectionStore(openDataStore(data).store).save({
      name: 'Matrix',
      environment: 'test',
      tenantHost: `127.0.0.1:${nginx.ports.mtls}`,
      system: { systemId: 'SYS01', hostName: '', doneInC4c: true },
      arrangement: {
        scenario: 'OData Services for Business Objects',
        services: [
          { name: 'c4codataapi', path: C4C_SERVICE_PATH },
          { name: 'refusedservice', path: REFUSED },
        ],
        technicalUser: 'TECH',
        doneInC4c: true,
      },
      auth: { method: 'client-certificate', keyPairId },
      proxy: { mode: 'none' },
      trust: { extraCaPem: [nginx.caPem], useOsTrustStore: false },
      fetchCsrfToken: false,
      timeoutSeconds: 10,
    });

    const run = cli(data, ['check', '--connection', 'Matrix', '--sets', 'ContactCollection', '--json']);
    expect(run.code, run.stderr).toBe(1);
    const matrix = JSON.parse(run.stdout) as {
      cells: { service: string; entitySet: string | null; outcome: string }[];
    };
    expect(matrix.cells.map((c) => `${c.service}/${c.entitySet ?? ''}=${c.outcome}`)).toEqual([
      'c4codataapi/=OK',
      'c4codataapi/ContactCollection=OK',
      'refusedservice/=FORBIDDEN',
      'refusedservice/ContactCollection=FORBIDDEN',
    ]);
    const human = cli(data, ['check', '--connection', 'Matrix']);
    expect(human.stdout).toMatch(/FORBIDDEN\s+403\s+refusedservice \(service document\)/);
    expect(cli(data, ['check', '--connection', 'Matrix', '--sets', 'a/b']).code).toBe(2);
    expect(cli(data, ['check', '--connection', 'Nope']).code).toBe(2);
  }, 120_000);
});
