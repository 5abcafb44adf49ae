import { openDataStore } from '../../../../electron/core/store/open-store';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConnectionStore, HISTORY_LENGTH, type ConnectionDraft } from '../../../../electron/core/connections';
import type { JsonStore } from '../../../../electron/core/store/json-store';
import type { TestResult } from '../../../../shared/domain/diagnosis';
import { CodedError } from '../../../../shared/result';

const draft = (overrides: Partial<ConnectionDraft> = {}): ConnectionDraft => ({
  name: 'DEV tenant',
  environment: 'development',
  tenantHost: 'https://my123456.crm.ondemand.com/',
  system: { systemId: 'CPI_DEV', hostName: 'cpi-dev.example.com', doneInC4c: true },
  arrangement: {
    scenario: 'OData Services for Business Objects',
    services: [{ name: 'c4codataapi', path: '/sap/c4c/odata/v1/c4codataapi/' }],
    technicalUser: '_CPI_DEV1234',
    doneInC4c: true,
  },
  auth: { method: 'client-certificate', keyPairId: 'kp-1' },
  proxy: { mode: 'system' },
  trust: { extraCaPem: [], useOsTrustStore: false },
  fetchCsrfToken: false,
  timeoutSeconds: 20,
  ...overrides,
});

const result = (n: number, detail: Record<string, unknown> = {}): TestResult => ({
  ok: n % 2 === 0,
  diagnosis: { code: n % 2 === 0 ? 'OK' : 'UNAUTHORIZED', title: `run ${n}`, advice: [] },
  stages: [{ name: 'http', ok: true, ms: n, detail }],
  http: { status: 200 },
  tls: null,
  startedAt: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
});

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof CodedError) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'no error';
};

describe('ConnectionStore (on a real conf file)', () => {
  let dir: string;
  let store: JsonStore;
  let connections: ConnectionStore;
  let clock: number;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'connections-'));
    store = openDataStore(dir).store;
    clock = Date.UTC(2026, 10, 27, 8);
    connections = new ConnectionStore(store, () => new Date((clock += 1000)));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates a connection with an id, times and the tenant host normalised', () => {
    const saved = connections.save(draft());
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved.tenantHost).toBe('my123456.crm.ondemand.com');
    expect(saved.createdAt).toBe(saved.updatedAt);
    expect(connections.list()).toEqual([saved]);
    expect(connections.get(saved.id)).toEqual(saved);
    expect(connections.find('dev TENANT')).toEqual(saved);
  });

  it('updates in place, keeping the id and creation time', () => {
    const first = connections.save(draft());
    const second = connections.save({ ...first, name: 'DEV tenant (renamed)', fetchCsrfToken: true });
    expect(second.id).toBe(first.id);
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt > first.updatedAt).toBe(true);
    expect(connections.list()).toHaveLength(1);
    expect(connections.get(first.id).fetchCsrfToken).toBe(true);
  });

  it('refuses a second connection with the same name and a bad tenant address', () => {
    connections.save(draft());
    expect(codeOf(() => connections.save(draft({ name: 'dev tenant' })))).toMatch(
      /^BAD_INPUT: A connection named "dev tenant" exists/,
    );
    expect(
      codeOf(() =>
        connections.save(draft({ name: 'Other', tenantHost: 'http://my123456.crm.ondemand.com' })),
      ),
    ).toMatch(/^BAD_INPUT: .*HTTPS only/);
    expect(codeOf(() => connections.get('missing'))).toMatch(/^NOT_FOUND: /);
    expect(codeOf(() => connections.save({ ...draft(), id: 'missing' }))).toMatch(/^NOT_FOUND: /);
  });

  it('never stores a stray secret field or a proxy password in the address', () => {
    const withSecret = { ...draft(), password: 'Welcome1!', p12Password: 'Test1234' } as ConnectionDraft;
    const saved = connections.save(withSecret);
    expect(JSON.stringify(saved)).not.toContain('Welcome1!');
    expect(readFileSync(join(dir, 'c4c-connect.json'), 'utf8')).not.toContain('Welcome1!');
    const proxy = {
      mode: 'manual' as const,
      url: 'http://me:pw@proxy.example.com:8080',
      user: null,
      passwordSecretId: null,
      noProxy: '',
    };
    expect(codeOf(() => connections.save(draft({ name: 'P', proxy })))).toMatch(
      /^BAD_INPUT: Remove the user and password from the proxy/,
    );
  });

  it('keeps the last 20 test results newest first, without secrets in stage details', () => {
    const { id } = connections.save(draft());
    for (let n = 1; n <= 25; n++) {
      connections.recordResult(
        id,
        result(n, {
          status: 200,
          headers: { authorization: 'Basic eA==', 'set-cookie': 'SAP_SESSIONID=1', server: 'nginx' },
          password: 'x',
        }),
      );
    }
    connections.recordTestResult(id, result(26));
    connections.recordResult(id, result(27));
    const history = connections.history(id).slice(2);
    expect(connections.history(id)).toHaveLength(HISTORY_LENGTH);
    expect(connections.history(id)[1]!.diagnosis.title).toBe('run 26');
    expect(history.map((r) => r.stages[0]!.ms)).toEqual(Array.from({ length: 18 }, (_, i) => 25 - i));
    expect(history[0]!.stages[0]!.detail).toEqual({ status: 200, headers: { server: 'nginx' } });
    const file = readFileSync(join(dir, 'c4c-connect.json'), 'utf8');
    expect(file).not.toContain('Basic eA==');
    expect(file).not.toContain('SAP_SESSIONID');
  });

  it('deletes a connection with its history, and survives hand-edited entries', () => {
    const a = connections.save(draft());
    const b = connections.save(draft({ name: 'TEST tenant' }));
    connections.recordResult(a.id, result(2));
    expect(connections.delete(a.id)).toBe(true);
    expect(connections.delete(a.id)).toBe(false);
    expect(connections.list().map((c) => c.id)).toEqual([b.id]);
    expect(connections.history(a.id)).toEqual([]);
    store.set('connections', [...(store.get('connections') as unknown[]), { id: 'broken' }, 42]);
    expect(connections.list().map((c) => c.id)).toEqual([b.id]);
  });
});
