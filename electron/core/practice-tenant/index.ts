/**
 * The practice tenant: a loopback HTTPS server shaped like a C4C tenant, so a consultant can rehearse
 * the whole flow (key pair import, connection, test, queries) without a real tenant. Fresh CA, key
 * pair and password at every start; the files are written to a folder the user can open and are
 * removed again at stop. The password is practice material shown to the user, never logged.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makePracticePki, practicePassword } from './certificates';
import { c4cService } from './model';
import {
  accountHierarchyService,
  businessPartnerRelationshipService,
  serviceRequestSet,
} from './more-services';
import { createPracticeServer } from './server';

export { notAssignedMessage, QUIRK_MESSAGE } from './server';

export const PRACTICE_USER = '_PRACTICE_TECH';
export const P12_FILE_NAME = 'practice-key-pair.p12';
export const CA_FILE_NAME = 'practice-tenant-ca.pem';

export interface PracticeTenant {
  /** https://127.0.0.1:<port>/sap/c4c/odata/v1/c4codataapi/ */
  serviceUrl: string;
  /** The standard service on which "Fetch CSRF token" meets the Inconsistent-Authorization 403. */
  quirkServiceUrl: string;
  /** The standard service on which the same fetch meets HTTP 500, CM_DS_APPL_ERROR:048 in sap-message. */
  quirk500ServiceUrl: string;
  /** host:port, as a connection's tenant host. */
  tenantHost: string;
  /** The tenant's CA (trust it for this connection only). Also written to `caPath`. */
  caPem: string;
  caPath: string;
  /** The client key pair (.p12 with the CA) and its password. */
  p12Path: string;
  p12Password: string;
  /** The password user (a technical user). */
  user: string;
  password: string;
  /** Folder holding the files above. */
  folder: string;
  startedAt: string;
  stop(): Promise<void>;
}

export interface PracticeTenantOptions {
  /** Where to put the practice files (a `practice-tenant` folder inside it); a temp folder if absent. */
  dataFolder?: string;
  /** 0 (default) lets the OS choose. */
  port?: number;
  pageSize?: number;
}

export async function startPracticeTenant(options: PracticeTenantOptions = {}): Promise<PracticeTenant> {
  const p12Password = practicePassword();
  const password = practicePassword();
  const pki = await makePracticePki(p12Password);

  const ownFolder = !options.dataFolder;
  const folder = options.dataFolder
    ? join(options.dataFolder, 'practice-tenant')
    : await mkdtemp(join(tmpdir(), 'c4c-practice-'));
  await mkdir(folder, { recursive: true });
  const p12Path = join(folder, P12_FILE_NAME);
  const caPath = join(folder, CA_FILE_NAME);
  await writeFile(p12Path, pki.clientP12, { mode: 0o600 });
  await writeFile(caPath, pki.ca.certPem);

  const c4c = c4cService();
  c4c.entitySets.push(serviceRequestSet());
  const quirk = accountHierarchyService();
  const quirk500 = businessPartnerRelationshipService();
  const server = createPracticeServer({
    key: pki.server.keyPem,
    cert: pki.server.certPem,
    caPem: pki.ca.certPem,
    user: PRACTICE_USER,
    password,
    services: [c4c, quirk, quirk500],
    quirks: [
      { path: quirk.path, status: 403 },
      { path: quirk500.path, status: 500 },
    ],
    pageSize: options.pageSize,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await rm(ownFolder ? folder : p12Path, { recursive: true, force: true });
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const tenantHost = `127.0.0.1:${port}`;
  let stopped: Promise<void> | undefined;

  return {
    serviceUrl: `https://${tenantHost}${c4c.path}`,
    quirkServiceUrl: `https://${tenantHost}${quirk.path}`,
    quirk500ServiceUrl: `https://${tenantHost}${quirk500.path}`,
    tenantHost,
    caPem: pki.ca.certPem,
    caPath,
    p12Path,
    p12Password,
    user: PRACTICE_USER,
    password,
    folder,
    startedAt: new Date().toISOString(),
    stop() {
      stopped ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => {
            resolve();
          });
          server.closeAllConnections();
        });
        // The key pair only ever worked with this run's CA: do not leave a stale private key behind.
        if (ownFolder) await rm(folder, { recursive: true, force: true });
        else await Promise.all([rm(p12Path, { force: true }), rm(caPath, { force: true })]);
      })();
      return stopped;
    },
  };
}
