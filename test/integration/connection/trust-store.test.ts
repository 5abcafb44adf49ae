/**
 * Trust for a connection is Node's default root store plus only the CAs chosen for that connection
 * (electron/core/connection/secure-context.ts). Two promises, against real TLS servers on loopback:
 * a CA chosen for one connection is never trusted by another, and choosing a CA keeps the default
 * roots (checked in a child whose default store holds a stand-in root, via NODE_EXTRA_CA_CERTS).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConnectionTest, type TenantTarget } from '../../../electron/core/connection/index';
import { sharedTestPki, type TestPki } from '../../servers/index';
import { bundleForTest } from '../../support/bundle';
import { odataOk, startHttps, type Running } from './servers';

const run = promisify(execFile);
let pki: TestPki;
let fixtureSigned: Running;
let selfSigned: Running;

beforeAll(async () => {
  pki = await sharedTestPki();
  fixtureSigned = await startHttps({ key: pki.server.keyPem, cert: pki.server.certPem }, (_q, r) =>
    odataOk(r),
  );
  selfSigned = await startHttps(
    { key: pki.selfSignedServer.keyPem, cert: pki.selfSignedServer.certPem },
    (_q, r) => odataOk(r),
  );
});
afterAll(async () => {
  await fixtureSigned.close();
  await selfSigned.close();
});

const target = (url: string, extraCaPem: string[]): TenantTarget => ({
  url,
  credentials: { kind: 'none' },
  trust: { extraCaPem, useOsTrustStore: false },
  proxy: { kind: 'none' },
  fetchCsrfToken: false,
  timeoutMs: 5_000,
});

describe('trust per connection', () => {
  it("one connection's extra CA is never trusted by another connection", async () => {
    const code = async (extra: string[]) =>
      (await runConnectionTest(target(selfSigned.url, extra))).diagnosis.code;
    expect(await code([])).toBe('SERVER_CERT_UNTRUSTED');
    expect(await code([pki.selfSignedServer.certPem])).toBe('OK');
    // After a context that trusts it exists (and is cached), the others still do not.
    expect(await code([])).toBe('SERVER_CERT_UNTRUSTED');
    expect(await code([pki.server.caPem])).toBe('SERVER_CERT_UNTRUSTED');
    expect(await code([pki.selfSignedServer.certPem])).toBe('OK');
  });

  it("choosing an extra CA keeps Node's default roots", async () => {
    const bundle = bundleForTest('electron/core/connection/secure-context.ts');
    // The child's default store = Node's bundled roots + the fixture server root (a stand-in for a
    // public root, whose private key no test can hold).
    const script = `
      import tls from 'node:tls';
      import { secureContextFor } from ${JSON.stringify(bundle)};
      const [fixturePort, selfPort, selfPem] = JSON.parse(process.argv[1]);
      const tryConnect = (port, extraCa) => new Promise((resolve) => {
        const s = tls.connect({ host: '127.0.0.1', port, servername: 'localhost',
          secureContext: secureContextFor({ extraCa }) });
        s.once('secureConnect', () => { s.destroy(); resolve('trusted'); });
        s.once('error', (e) => resolve(e.code ?? e.message));
      });
      const out = {
        defaultsOnlyFixture: await tryConnect(fixturePort, []),
        defaultsOnlySelf: await tryConnect(selfPort, []),
        withExtraFixture: await tryConnect(fixturePort, [selfPem]),
        withExtraSelf: await tryConnect(selfPort, [selfPem]),
      };
      process.stdout.write(JSON.stringify(out));`;
    const { stdout } = await run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        script,
        JSON.stringify([fixtureSigned.port, selfSigned.port, pki.selfSignedServer.certPem]),
      ],
      { env: { ...process.env, NODE_EXTRA_CA_CERTS: pki.server.caPath } },
    );
    expect(JSON.parse(stdout)).toEqual({
      defaultsOnlyFixture: 'trusted',
      defaultsOnlySelf: 'DEPTH_ZERO_SELF_SIGNED_CERT',
      withExtraFixture: 'trusted',
      withExtraSelf: 'trusted',
    });
  });
});
