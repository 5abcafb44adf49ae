import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginxWithCap, type NginxWithCap } from '../../servers';

const run = promisify(execFile);

/** curl's status code and body; never throws on HTTP errors. */
async function curl(args: string[]): Promise<{ status: number; body: string }> {
  const { stdout } = await run('curl', ['-sS', '-w', '\n%{http_code}', ...args]);
  const cut = stdout.lastIndexOf('\n');
  return { status: Number(stdout.slice(cut + 1)), body: stdout.slice(0, cut) };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function childrenOf(pid: number): Promise<number[]> {
  const { stdout } = await run('ps', ['-o', 'pid=', '--ppid', String(pid)]).catch(() => ({ stdout: '' }));
  return stdout
    .split('\n')
    .map((s) => Number(s.trim()))
    .filter((n) => n > 0);
}

describe('startNginx in front of CAP', () => {
  let servers: NginxWithCap;
  let caFile: string;
  beforeAll(async () => {
    servers = await startNginxWithCap();
    caFile = join(servers.pki.dir, 'nginx-test-server-ca.pem');
    await writeFile(caFile, servers.caPem);
  });
  afterAll(async () => {
    await servers.stop();
  });

  it('passes a request with the trusted client key pair through mTLS and answers OData V2 JSON', async () => {
    const { status, body } = await curl([
      '--cacert', caFile,
      '--cert-type', 'P12', '--cert', `${servers.clientP12.path}:${servers.clientP12.password}`,
      `${servers.mtlsUrl}CorporateAccountCollection?$top=2&$format=json`,
    ]); // prettier-ignore
    expect(status).toBe(200);
    const json = JSON.parse(body) as { d: { results: { AccountID: string }[] } };
    expect(json.d.results.map((r) => r.AccountID)).toEqual(['1000001', '1000002']);
  });

  it('answers 400 "No required SSL certificate was sent" on the mTLS port without a client certificate', async () => {
    const { status, body } = await curl(['--cacert', caFile, servers.mtlsUrl]);
    expect(status).toBe(400);
    expect(body).toContain('No required SSL certificate was sent');
  });

  it('answers 400 "The SSL certificate error" for a client key pair from an untrusted CA', async () => {
    const p12 = servers.pki.clientUntrusted;
    const { status, body } = await curl([
      '--cacert', caFile, '--cert-type', 'P12', '--cert', `${p12.p12Path}:${p12.password}`, servers.mtlsUrl,
    ]); // prettier-ignore
    expect(status).toBe(400);
    expect(body).toContain('The SSL certificate error');
  });

  it('answers 400 for an expired client certificate of the trusted chain', async () => {
    const p12 = servers.pki.clientExpired;
    const { status } = await curl([
      '--cacert', caFile, '--cert-type', 'P12', '--cert', `${p12.p12Path}:${p12.password}`, servers.mtlsUrl,
    ]); // prettier-ignore
    expect(status).toBe(400);
  });

  it('answers 401 on the basic port without or with a wrong password, 200 with the right one', async () => {
    expect((await curl(['--cacert', caFile, servers.basicUrl])).status).toBe(401);
    expect((await curl(['--cacert', caFile, '-u', `${servers.user}:wrong`, servers.basicUrl])).status).toBe(
      401,
    );
    const ok = await curl([
      '--cacert',
      caFile,
      '-u',
      `${servers.user}:${servers.password}`,
      servers.basicUrl,
    ]);
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('CorporateAccountCollection');
  });

  it('serves a certificate curl refuses on the self-signed port', async () => {
    const failed = await run('curl', ['-sS', '--cacert', caFile, servers.selfSignedUrl]).then(
      () => null,
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failed?.code).toBe(60); // CURLE_PEER_FAILED_VERIFICATION
    expect(failed?.stderr).toMatch(/self[- ]signed/i);
  });

  it('stops nginx and CAP without leaving a process behind', async () => {
    const extra = await startNginxWithCap({ pki: servers.pki });
    const nginxWorkers = await childrenOf(extra.pid);
    expect(nginxWorkers.length).toBeGreaterThan(0);
    expect(alive(extra.pid)).toBe(true);
    await extra.stop();
    expect(alive(extra.pid)).toBe(false);
    for (const pid of nginxWorkers) expect(alive(pid)).toBe(false);
    await expect(fetch(extra.cap.serviceUrl)).rejects.toThrow();
  });
});
