/**
 * "Copy as curl": the generated command, run by the real curl against nginx (mTLS, basic) + CAP with
 * the exported files beside it under the placeholder names, gets the same HTTP status as the app's
 * connection test; the text holds no secret.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConnectionTest, type TenantTarget } from '../../../electron/core/connection/index';
import { PLACEHOLDERS, asCurl, asPowerShell } from '../../../shared/reproduce/copy-command';
import { startNginxWithCap, type NginxWithCap } from '../../servers/index';

const run = promisify(execFile);
const REFUSED = '/sap/c4c/odata/v1/refusedservice/';
let nginx: NginxWithCap;
let dir: string;

beforeAll(async () => {
  nginx = await startNginxWithCap({ refusedPaths: [REFUSED] });
  dir = mkdtempSync(join(tmpdir(), 'c4c-curl-'));
  // The files the user exports, under the names the command expects.
  copyFileSync(nginx.clientP12.path, join(dir, PLACEHOLDERS.p12));
  writeFileSync(join(dir, PLACEHOLDERS.caFile), nginx.caPem);
}, 60_000);
afterAll(async () => {
  await nginx.stop();
});

async function curlStatus(command: string, env: Record<string, string>): Promise<number> {
  const { stdout } = await run('/bin/sh', ['-c', command], { cwd: dir, env: { ...process.env, ...env } });
  return Number(/HTTP (\d{3})\s*$/.exec(stdout)?.[1]);
}

async function appStatus(url: string, credentials: TenantTarget['credentials']): Promise<number | undefined> {
  const result = await runConnectionTest({
    url,
    credentials,
    trust: { extraCaPem: [nginx.caPem], useOsTrustStore: false },
    proxy: { kind: 'none' },
    fetchCsrfToken: false,
    timeoutMs: 10_000,
  });
  return result.http?.status;
}

const certificate = (): TenantTarget['credentials'] => ({
  kind: 'client-certificate',
  keyPem: nginx.pki.client.keyPem,
  chainPem: nginx.pki.client.certPem + nginx.pki.client.chainPem,
  notAfter: new Date(Date.now() + 86_400_000 * 300).toISOString(),
});

describe('Copy as curl', () => {
  it('with a client certificate: same status as the app, allowed (200) and refused (403)', async () => {
    for (const url of [nginx.mtlsUrl, nginx.mtlsUrl.replace(/\/sap\/.*$/, REFUSED)]) {
      const command = asCurl({ url, auth: { kind: 'client-certificate' }, extraCa: true });
      expect(command).not.toContain(nginx.clientP12.password);
      const app = await appStatus(url, certificate());
      expect(app).toBeDefined();
      expect(await curlStatus(command, { [PLACEHOLDERS.p12PasswordEnv]: nginx.clientP12.password })).toBe(
        app,
      );
    }
  }, 60_000);

  it('with the technical user and password: same status as the app (200, and 401 for a wrong password)', async () => {
    const command = asCurl({ url: nginx.basicUrl, auth: { kind: 'basic', user: nginx.user }, extraCa: true });
    expect(command).not.toContain(nginx.password);
    const ok = await appStatus(nginx.basicUrl, { kind: 'basic', user: nginx.user, password: nginx.password });
    expect(ok).toBe(200);
    expect(await curlStatus(command, { [PLACEHOLDERS.passwordEnv]: nginx.password })).toBe(ok);
    const wrong = await appStatus(nginx.basicUrl, { kind: 'basic', user: nginx.user, password: 'nope' });
    expect(await curlStatus(command, { [PLACEHOLDERS.passwordEnv]: 'nope' })).toBe(wrong);
  }, 60_000);

  it('PowerShell names the files and asks for secrets, never holds them', () => {
    const text = asPowerShell({ url: nginx.mtlsUrl, auth: { kind: 'client-certificate' }, extraCa: true });
    expect(text).toContain(`Get-PfxCertificate -FilePath '.\\${PLACEHOLDERS.p12}'`);
    expect(text).toContain(`-Uri '${nginx.mtlsUrl}'`);
    const basic = asPowerShell({
      url: nginx.basicUrl,
      auth: { kind: 'basic', user: "O'Brien" },
      extraCa: false,
    });
    expect(basic).toContain("Get-Credential -UserName 'O''Brien'");
  });
});
