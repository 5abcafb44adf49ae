/**
 * Real servers for tests and bench scripts, all on 127.0.0.1:
 * - startCap(): SAP CAP serving a C4C-like OData V2 service
 * - startNginx({ capUrl }): nginx with mTLS, basic-auth and self-signed ports in front of it
 * - startNginxWithCap(): both, stopped together
 * - sharedTestPki() / createTestPki(): fixed and freshly made certificates and key pairs
 * - makeCa / makeServerCert / makeSelfSignedServerCert / makeClientP12: single certificates
 * - freePort(): a free port on 127.0.0.1
 * Bench scripts import the bundled copy: out/test-servers/index.mjs (built by scripts/build-cli.mjs).
 */
import { startCap, type CapServer } from './cap';
import { startNginx, type NginxServer } from './nginx';
import type { TestPki } from './pki';

export { startCap, C4C_SERVICE_PATH, type CapServer } from './cap';
export { startNginx, NGINX_BINARY, type NginxServer, type NginxOptions } from './nginx';
export { sharedTestPki, createTestPki, type TestPki, type FixtureServer } from './pki';
export {
  makeCa,
  makeServerCert,
  makeSelfSignedServerCert,
  makeClientP12,
  makeIteratedP12,
  openssl,
  type Ca,
  type CertificateFiles,
  type ClientKeyPair,
  type ValidityOptions,
} from './openssl';
export { freePort, freePorts } from './ports';
export { repoRoot, fixturePath } from './paths';

export interface NginxWithCap extends NginxServer {
  cap: CapServer;
}

/** CAP and nginx in front of it; stop() stops both (nginx first). */
export async function startNginxWithCap(
  options: { pki?: TestPki; refusedPaths?: string[] } = {},
): Promise<NginxWithCap> {
  const cap = await startCap();
  try {
    const nginx = await startNginx({ capUrl: cap.url, ...options });
    return {
      ...nginx,
      cap,
      async stop() {
        await nginx.stop();
        await cap.stop();
      },
    };
  } catch (error) {
    await cap.stop();
    throw error;
  }
}
