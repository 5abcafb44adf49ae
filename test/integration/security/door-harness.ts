/**
 * The whole service set as the app builds it (real keychain of the test session, a fresh data
 * folder) behind the real IPC door and the real handler table, for the security tests.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OsKeychain } from '../../../electron/core/keychain/os-keychain';
import { openDataStore } from '../../../electron/core/store/open-store';
import { createHandlerTable } from '../../../electron/main/handlers/index';
import { createDoor } from '../../../electron/main/ipc-door';
import type { Question } from '../../../electron/main/host';
import { createServices, type Services } from '../../../electron/main/services';
import type { Result } from '../../../shared/result';
import { testHost } from '../../support/test-host';

export const SENDER = { url: 'app://c4c/index.html', isMainFrame: true };

export interface DoorHarness {
  dir: string;
  services: Services;
  errors: unknown[];
  /** The user's answers to main's own dialogs, in order (none left: the dialog is closed = cancel). */
  answers: number[];
  /** What main asked. */
  asked: Question[];
  call<T = unknown>(channel: string, payload: unknown): Promise<Result<T>>;
  close(): Promise<void>;
}

export function openDoorHarness(prefix = 'security-'): DoorHarness {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const host = testHost();
  const keychain = new OsKeychain(`C4C Connect test ${randomBytes(4).toString('hex')}`);
  const services = createServices({
    name: 'C4C Connect',
    version: '0.0.0-test',
    dataFolder: dir,
    opened: openDataStore(dir),
    keychain,
    host,
  });
  const errors: unknown[] = [];
  const dispatch = createDoor(createHandlerTable(services), {
    isTrusted: () => true,
    logError: (_channel, error) => errors.push(error),
  });
  return {
    dir,
    services,
    errors,
    answers: host.answers,
    asked: host.asked,
    call: (channel, payload) => dispatch(channel, payload, SENDER) as never,
    close: async () => {
      await services.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A connection as the wizard sends it. */
export const connectionInput = (more: Record<string, unknown> = {}) => ({
  name: 'Tenant A',
  environment: 'test',
  tenantHost: 'my111111.crm.ondemand.com',
  system: { systemId: 'CPI_TST', hostName: 'cpi.example.test', doneInC4c: true },
  arrangement: {
    scenario: 'OData Services for Business Objects',
    services: [{ name: 'c4codataapi', path: '/sap/c4c/odata/v1/c4codataapi/' }],
    technicalUser: '_CPI_TST0001',
    doneInC4c: true,
  },
  auth: { method: 'basic', user: '_CPI_TST0001' },
  proxy: { mode: 'none' },
  trust: { extraCaPem: [], useOsTrustStore: false },
  fetchCsrfToken: false,
  timeoutSeconds: 5,
  ...more,
});
