import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForTest } from '../../support/bundle';
import { curl } from './curl';

interface Started {
  ok: boolean;
  serviceUrl: string;
  quirkServiceUrl: string;
  caPath: string;
  p12Path: string;
  p12Password: string;
  user: string;
  password: string;
}

/** The CLI bundled from source like scripts/build-cli.mjs does, so this test needs no prior build. */
function bundleCli(): Promise<string> {
  return Promise.resolve(bundleForTest('electron/cli/index.ts', { __APP_VERSION__: '"0.0.0-test"' }));
}

function firstJson(child: ChildProcess): Promise<Started> {
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      text += chunk;
      try {
        resolve(JSON.parse(text) as Started);
      } catch {
        // not complete yet
      }
    });
    child.on('exit', (code) => {
      reject(new Error(`c4c-connect practice-tenant exited (${String(code)}) early: ${text}`));
    });
  });
}

describe('c4c-connect practice-tenant', () => {
  let cli: string;
  let dataFolder: string;
  beforeAll(async () => {
    cli = await bundleCli();
    dataFolder = await mkdtemp(join(tmpdir(), 'c4c-cli-practice-'));
  });
  afterAll(async () => {
    await rm(cli, { force: true });
    await rm(dataFolder, { recursive: true, force: true });
  });

  it('prints the URLs, files and passwords as JSON, serves requests, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [cli, 'practice-tenant', '--json'], {
      env: { ...process.env, C4C_CONNECT_DATA_DIR: dataFolder },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const started = await firstJson(child);
      expect(started.ok).toBe(true);
      expect(started.p12Path).toBe(join(dataFolder, 'practice-tenant', 'practice-key-pair.p12'));
      expect(started.serviceUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/sap\/c4c\/odata\/v1\/c4codataapi\/$/);

      const answer = await curl(`${started.serviceUrl}CorporateAccountCollection?$top=1&$format=json`, {
        caPath: started.caPath,
        p12: { path: started.p12Path, password: started.p12Password },
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toContain('"AccountID":"1000001"');
      const basic = await curl(started.serviceUrl, {
        caPath: started.caPath,
        basic: { user: started.user, password: started.password },
      });
      expect(basic.status).toBe(200);

      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(existsSync(started.p12Path)).toBe(false);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
