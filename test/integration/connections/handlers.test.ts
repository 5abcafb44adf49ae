import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OsKeychain } from '../../../electron/core/keychain/os-keychain';
import type { PracticeTenantService } from '../../../electron/core/practice-tenant/service';
import { openDataStore } from '../../../electron/core/store/open-store';
import { createDoor } from '../../../electron/main/ipc-door';
import { createHandlerTable } from '../../../electron/main/handlers/index';
import { createServices } from '../../../electron/main/services';
import type { Connection } from '../../../shared/domain/connection';
import type { PracticeTenantInfo } from '../../../shared/contract/connections';
import type { TestResult } from '../../../shared/domain/diagnosis';
import type { KeyPairSummary } from '../../../shared/domain/keypair';
import type { Result } from '../../../shared/result';
import { useBuiltWorker } from '../../support/bundle';
import { testHost } from '../../support/test-host';
import { curl } from '../practice-tenant/curl';

const sender = { url: 'app://c4c/index.html', isMainFrame: true };

const input = {
  name: 'Practice',
  environment: 'test',
  tenantHost: 'https://my123456.crm.ondemand.com/',
  system: { systemId: 'PRACTICE', hostName: 'localhost', doneInC4c: true },
  arrangement: {
    scenario: 'OData Services for Business Objects',
    services: [{ name: 'c4codataapi', path: '/sap/c4c/odata/v1/c4codataapi/' }],
    technicalUser: '_PRACTICE_TECH',
    doneInC4c: true,
  },
  auth: { method: 'basic', user: '_PRACTICE_TECH' },
  proxy: { mode: 'none' },
  trust: { extraCaPem: [], useOsTrustStore: false },
  fetchCsrfToken: false,
  timeoutSeconds: 20,
};

describe('connection and practice handlers behind the IPC door', () => {
  let dir: string;
  let practice: PracticeTenantService;
  let call: <T>(channel: string, payload: unknown) => Promise<Result<T>>;
  const host = testHost();
  beforeAll(() => {
    // The practice key pair import opens the .p12 in the worker, as the app does.
    useBuiltWorker();
    dir = mkdtempSync(join(tmpdir(), 'connections-door-'));
    // The whole service set, as the app builds it, with the real keychain of the test session.
    const services = createServices({
      name: 'C4C Connect',
      version: '0.0.0-test',
      dataFolder: dir,
      opened: openDataStore(dir),
      keychain: new OsKeychain(`C4C Connect test ${randomBytes(4).toString('hex')}`),
      host,
    });
    practice = services.practiceTenant;
    const dispatch = createDoor(createHandlerTable(services), { isTrusted: () => true });
    call = (channel, payload) => dispatch(channel, payload, sender) as never;
  });
  afterAll(async () => {
    await practice.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('saves, lists, reads and deletes a connection; the history starts empty', async () => {
    const saved = await call<Connection>('connection:save', input);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.value.tenantHost).toBe('my123456.crm.ondemand.com');
    const list = await call<{ connections: Connection[] }>('connection:list', {});
    expect(list.ok && list.value.connections.map((c) => c.id)).toEqual([saved.value.id]);
    const got = await call<Connection>('connection:get', { connectionId: saved.value.id });
    expect(got.ok && got.value.name).toBe('Practice');
    expect(await call('connection:history', { connectionId: saved.value.id })).toEqual({
      ok: true,
      value: { results: [] },
    });
    // One way to delete, and it takes the vault secrets along (connection:remove).
    expect(await call('connection:remove', { connectionId: saved.value.id, deleteKeyPair: false })).toEqual({
      ok: true,
      value: { removed: true, keyPairDeleted: false },
    });
    const gone = await call('connection:get', { connectionId: saved.value.id });
    expect(gone.ok || gone.error.code).toBe('NOT_FOUND');
  });

  it('refuses a password field in a save request at the door, and a bad tenant with a plain sentence', async () => {
    const withPassword = await call('connection:save', { ...input, password: 'Welcome1!' });
    expect(withPassword.ok || withPassword.error.code).toBe('INVALID_REQUEST');
    expect(JSON.stringify(withPassword)).not.toContain('Welcome1!');
    const http = await call('connection:save', { ...input, tenantHost: 'http://my123456.crm.ondemand.com' });
    // Keyed, so a German window says it in German (shared/messages).
    expect(http.ok || http.error).toEqual({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/HTTPS only/) as unknown,
      key: 'tenant.scheme',
      params: { scheme: 'http' },
    });
  });

  it('starts the practice tenant once, shows its status and stops it', async () => {
    expect(await call('practice:status', {})).toEqual({ ok: true, value: { running: false, tenant: null } });
    const started = await call<PracticeTenantInfo>('practice:start', {});
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    const tenant = started.value;
    expect(tenant.p12Path).toBe(join(dir, 'practice-tenant', 'practice-key-pair.p12'));
    const again = await call<PracticeTenantInfo>('practice:start', {});
    expect(again.ok && again.value.serviceUrl).toBe(tenant.serviceUrl);
    const status = await call<{ running: boolean; tenant: PracticeTenantInfo }>('practice:status', {});
    expect(status.ok && status.value.running).toBe(true);

    const answer = await curl(`${tenant.serviceUrl}CorporateAccountCollection?$top=1&$format=json`, {
      caPath: tenant.caPath,
      basic: { user: tenant.user, password: tenant.password },
    });
    expect(answer.status).toBe(200);

    expect(await call('practice:stop', {})).toEqual({ ok: true, value: { stopped: true } });
    expect(existsSync(tenant.p12Path)).toBe(false);
    expect(await call('practice:stop', {})).toEqual({ ok: true, value: { stopped: false } });
  });

  it('imports the practice key pair in one step (once per practice run) and shows its file in the folder', async () => {
    expect(await call('practice:import-key-pair', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const started = await call<PracticeTenantInfo>('practice:start', {});
    if (!started.ok) throw new Error('practice tenant did not start');
    const first = await call<KeyPairSummary>('practice:import-key-pair', {});
    expect(first.ok ? first.value.name : first.error).toBe('Practice key pair');
    const again = await call<KeyPairSummary>('practice:import-key-pair', {});
    expect(again.ok && first.ok && again.value.id).toBe(first.ok ? first.value.id : '');
    expect(await call('practice:open-folder', {})).toEqual({ ok: true, value: { opened: true } });
    expect(host.shownInFolder).toEqual([started.value.p12Path]);
    await call('practice:stop', {});
  });

  it('tests every service of the arrangement, each with its URL, result and diagnosis', async () => {
    const started = await call<PracticeTenantInfo>('practice:start', {});
    if (!started.ok) throw new Error('practice tenant did not start');
    const tenant = started.value;
    const quirkPath = new URL(tenant.quirkServiceUrl).pathname;
    const saved = await call<Connection>('connection:save', {
      ...input,
      tenantHost: tenant.tenantHost,
      arrangement: {
        ...input.arrangement,
        technicalUser: tenant.user,
        services: [
          { name: 'c4codataapi', path: '/sap/c4c/odata/v1/c4codataapi/' },
          { name: 'accounthierarchylist', path: quirkPath },
        ],
      },
      auth: { method: 'basic', user: tenant.user },
      trust: { extraCaPem: [tenant.caPem], useOsTrustStore: false },
      // With CSRF on, the second service meets C4C's Inconsistent-Authorization 403.
      fetchCsrfToken: true,
    });
    if (!saved.ok) throw new Error(saved.error.message);
    await call('connection:set-password', { connectionId: saved.value.id, password: tenant.password });
    const r = await call<TestResult>('connection:test', { connectionId: saved.value.id });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.ok).toBe(false);
    expect(r.value.services?.map((s) => [s.service, s.url, s.diagnosis.code])).toEqual([
      ['c4codataapi', tenant.serviceUrl, 'OK'],
      ['accounthierarchylist', tenant.quirkServiceUrl, 'INCONSISTENT_AUTHORIZATION'],
    ]);
    // The failing service speaks for the whole in the history.
    expect(r.value.diagnosis.code).toBe('INCONSISTENT_AUTHORIZATION');
    expect(r.value.url).toBe(tenant.quirkServiceUrl);
    await call('practice:stop', {});
  });
});
