import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDataStore } from '../../../../electron/core/store/open-store';
import { describe, expect, it } from 'vitest';
import { homeOverview } from '../../../../electron/core/setup/home-overview';
import { SetupProgressStore } from '../../../../electron/core/setup/setup-progress';
import type { Connection } from '../../../../shared/domain/connection';
import type { KeyPairSummary } from '../../../../shared/domain/keypair';
import { emptyDraft } from '../../../../shared/wizard/wizard-model';

const store = () => {
  const dir = mkdtempSync(join(tmpdir(), 'setup-'));
  return openDataStore(dir).store;
};

const connection = (id: string, auth: Connection['auth']): Connection => ({
  ...emptyDraft(),
  id,
  name: `Connection ${id}`,
  tenantHost: 'my123456.crm.ondemand.com',
  auth,
  proxy: { mode: 'system' },
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});

describe('setup progress', () => {
  it('keeps one step per connection, survives reopening the store, and clears', () => {
    const s = store();
    const p = new SetupProgressStore(s, () => new Date('2025-06-01T00:00:00Z'));
    p.set('a', 'system');
    p.set('b', 'credentials');
    p.set('a', 'arrangement');
    const reopened = new SetupProgressStore(openDataStore(join(s.path, '..')).store);
    expect(reopened.list().map((x) => [x.connectionId, x.step])).toEqual([
      ['b', 'credentials'],
      ['a', 'arrangement'],
    ]);
    expect(p.clear('a')).toBe(true);
    expect(p.clear('a')).toBe(false);
    expect(p.get('b')?.updatedAt).toBe('2025-06-01T00:00:00.000Z');
  });

  it('skips a damaged entry instead of failing', () => {
    const s = store();
    s.set('setupProgress', { good: { step: 'test', updatedAt: 'x' }, bad: { step: 'nonsense' }, worse: 7 });
    expect(new SetupProgressStore(s).list().map((x) => x.connectionId)).toEqual(['good']);
  });
});

describe('Home overview', () => {
  const now = new Date('2025-06-01T00:00:00Z');
  const keyPair = (id: string, notAfter: string, warnings: string[] = []) =>
    ({ id, name: `KP ${id}`, certificate: { notAfter }, warnings }) as unknown as KeyPairSummary;

  it('puts together step, expiry, missing secrets and the last test of each connection', () => {
    const overview = homeOverview(
      {
        connections: [
          connection('cert', { method: 'client-certificate', keyPairId: 'k1' }),
          connection('nokey', { method: 'client-certificate', keyPairId: null }),
          connection('kpgone', { method: 'client-certificate', keyPairId: 'k2' }),
          connection('pw', { method: 'basic', user: '_U', passwordSecretId: 'password-pw' }),
          connection('pwgone', { method: 'basic', user: '_U', passwordSecretId: 'password-gone' }),
        ],
        progress: [{ connectionId: 'nokey', step: 'credentials', updatedAt: 'x' }],
        keyPairs: [
          keyPair('k1', '2025-06-11T00:00:01Z'),
          keyPair('k2', '2026-06-11T00:00:01Z', ['SECRET_MISSING']),
        ],
        lastResult: (id) =>
          id === 'cert'
            ? {
                ok: true,
                diagnosis: { code: 'OK', title: 'It works', advice: [] },
                stages: [],
                http: null,
                tls: null,
                startedAt: '2025-05-31T00:00:00Z',
              }
            : null,
        hasPassword: (secretId) => secretId === 'password-pw',
      },
      now,
    );
    const byId = Object.fromEntries(overview.connections.map((c) => [c.connection.id, c]));
    expect(byId.cert).toMatchObject({
      setupStep: null,
      needsSecret: false,
      keyPair: { id: 'k1', daysLeft: 10, expired: false },
      lastTest: { ok: true, code: 'OK', at: '2025-05-31T00:00:00Z' },
    });
    expect(byId.nokey).toMatchObject({
      setupStep: 'credentials',
      needsSecret: true,
      keyPair: null,
      lastTest: null,
    });
    expect(byId.kpgone).toMatchObject({ needsSecret: true, keyPair: { id: 'k2' } });
    expect(byId.pw?.needsSecret).toBe(false);
    expect(byId.pwgone?.needsSecret).toBe(true);
    expect(overview.reminders).toMatchObject([
      { keyPairId: 'k1', daysLeft: 10, connections: ['Connection cert'] },
    ]);
  });
});
