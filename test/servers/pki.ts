/**
 * The whole test PKI in one call: the fixed server certificate of test/fixtures/pki plus certificates
 * made fresh with openssl (expired, wrong host, self-signed, a "corporate inspection" CA, client key
 * pairs trusted, untrusted and expired). Made once per process and shared (about 2 s); each caller
 * gets the same files, which nobody modifies.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  makeCa,
  makeClientP12,
  makeSelfSignedServerCert,
  makeServerCert,
  type Ca,
  type CertificateFiles,
  type ClientKeyPair,
} from './openssl';
import { fixturePath } from './paths';

export interface FixtureServer extends CertificateFiles {
  /** The root that issued it (test/fixtures/pki/server-root.crt): trust this to reach the server. */
  caPath: string;
  caPem: string;
}

export interface TestPki {
  dir: string;
  /** localhost / 127.0.0.1 certificate from test/fixtures/pki, issued by "Fixture Server Root CA". */
  server: FixtureServer;
  /** A fresh server-side CA; trust `serverCa.certPem` to reach the servers below that it issued. */
  serverCa: Ca;
  /** Issued by serverCa for localhost/127.0.0.1, ended yesterday. */
  expiredServer: CertificateFiles;
  /** Issued by serverCa for wrong-host.example.test only. */
  wrongHostServer: CertificateFiles;
  /** Self-signed for localhost/127.0.0.1. */
  selfSignedServer: CertificateFiles;
  /** A TLS-inspecting proxy's CA ("Corporate SSL Inspection CA") and the localhost certificate it forges. */
  inspection: { ca: Ca; server: CertificateFiles };
  /** Client side: root -> intermediate -> leaves. Servers trust `clientCaPem`. */
  clientRoot: Ca;
  clientIntermediate: Ca;
  /** A client key pair the servers trust: .p12 with leaf, intermediate and root (password Test1234). */
  client: ClientKeyPair;
  /** Same chain, but the leaf ended yesterday. */
  clientExpired: ClientKeyPair;
  /** Issued by a CA no server trusts. */
  untrustedCa: Ca;
  clientUntrusted: ClientKeyPair;
  /**
   * What servers trust for client certificates: the fresh client root plus the fixture client root
   * (test/fixtures/pki/client-root.crt), so the shared PKCS#12 corpus (with-chain.p12...) works too.
   */
  clientCaPem: string;
}

let shared: Promise<TestPki> | undefined;

/** The process-wide test PKI (made on first use, removed when the process exits normally). */
export function sharedTestPki(): Promise<TestPki> {
  shared ??= createTestPki();
  return shared;
}

export async function createTestPki(dir?: string): Promise<TestPki> {
  const folder = dir ?? (await mkdtemp(join(tmpdir(), 'c4c-pki-')));
  if (!dir) {
    process.once('exit', () => {
      void rm(folder, { recursive: true, force: true });
    });
  }
  const fixtureServer = async (): Promise<FixtureServer> => {
    const certPath = fixturePath('pki', 'server.crt');
    const keyPath = fixturePath('pki', 'server.key');
    const caPath = fixturePath('pki', 'server-root.crt');
    return {
      certPath,
      keyPath,
      caPath,
      certPem: await readFile(certPath, 'utf8'),
      keyPem: await readFile(keyPath, 'utf8'),
      caPem: await readFile(caPath, 'utf8'),
    };
  };
  // One openssl CA database per CA: work on different CAs in parallel, never on one CA at once.
  const serverSide = async () => {
    const serverCa = await makeCa(folder, 'Test Server Root CA');
    const expiredServer = await makeServerCert(serverCa, folder, 'expired-server', {
      notBeforeDays: -30,
      notAfterDays: -1,
    });
    const wrongHostServer = await makeServerCert(serverCa, folder, 'wrong-host-server', {
      hosts: ['wrong-host.example.test'],
    });
    return { serverCa, expiredServer, wrongHostServer };
  };
  const inspectionSide = async () => {
    const ca = await makeCa(folder, 'Corporate SSL Inspection CA');
    const server = await makeServerCert(ca, folder, 'inspected-server');
    return { ca, server };
  };
  const clientSide = async () => {
    const clientRoot = await makeCa(folder, 'Test Client Root CA');
    const clientIntermediate = await makeCa(folder, 'Test Client Intermediate CA', { issuer: clientRoot });
    const chain = [clientIntermediate, clientRoot];
    const client = await makeClientP12(clientIntermediate, folder, 'my123456 Communication System', {
      chain,
    });
    const clientExpired = await makeClientP12(clientIntermediate, folder, 'expired-client', {
      chain,
      notBeforeDays: -30,
      notAfterDays: -1,
    });
    return { clientRoot, clientIntermediate, client, clientExpired };
  };
  const untrustedSide = async () => {
    const untrustedCa = await makeCa(folder, 'Untrusted Client CA');
    const clientUntrusted = await makeClientP12(untrustedCa, folder, 'untrusted-client');
    return { untrustedCa, clientUntrusted };
  };
  const [server, serverParts, selfSignedServer, inspection, clientParts, untrustedParts] = await Promise.all([
    fixtureServer(),
    serverSide(),
    makeSelfSignedServerCert(folder, 'self-signed-server'),
    inspectionSide(),
    clientSide(),
    untrustedSide(),
  ]);
  const fixtureClientRoot = await readFile(fixturePath('pki', 'client-root.crt'), 'utf8');
  return {
    dir: folder,
    server,
    ...serverParts,
    selfSignedServer,
    inspection,
    ...clientParts,
    ...untrustedParts,
    clientCaPem: clientParts.clientRoot.certPem + fixtureClientRoot,
  };
}
