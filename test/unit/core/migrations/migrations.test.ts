import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConnectionStore } from '../../../../electron/core/connections/index';
import {
  CURRENT_SCHEMA_VERSION,
  MIGRATIONS,
  SCHEMA_VERSION_KEY,
  migrateStore,
} from '../../../../electron/core/migrations/index';
import { sayMessage } from '../../../../shared/messages/say';
import type { JsonStore } from '../../../../electron/core/store/json-store';
import { openDataStore } from '../../../../electron/core/store/open-store';

/** A store file as an older app version wrote it, opened the way the app opens it. */
function storeWith(content: Record<string, unknown>): { store: JsonStore; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'migrate-'));
  const file = join(dir, 'c4c-connect.json');
  writeFileSync(file, JSON.stringify(content));
  const { store } = openDataStore(dir);
  return { store, file };
}

const previewConnection = {
  id: '2b8f0c4e-1111-4222-8333-944445555666',
  name: 'Contact sync',
  environment: 'test',
  tenantHost: 'my123456.crm.ondemand.com',
  system: { systemId: 'CPI_DEV', hostName: 'cpi.example.com', doneInC4c: true },
  arrangement: {
    scenario: 'OData Services for Business Objects',
    services: [{ name: 'c4codataapi', path: '/sap/c4c/odata/v1/c4codataapi/' }],
    technicalUser: '_CPI_DEV1234',
    doneInC4c: true,
  },
  auth: { method: 'client-certificate', keyPairId: null },
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

describe('store migrations', () => {
  it('each migration has its own version, in a row from 1', () => {
    expect(MIGRATIONS.map((m) => m.to)).toEqual(MIGRATIONS.map((_m, i) => i + 1));
    expect(CURRENT_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('a new, empty store is stamped with the current version and nothing else changes', () => {
    const { store } = storeWith({});
    const outcome = migrateStore(store);
    expect(outcome).toMatchObject({ from: 0, to: CURRENT_SCHEMA_VERSION, notices: [] });
    expect(store.get(SCHEMA_VERSION_KEY)).toBe(CURRENT_SCHEMA_VERSION);
    expect(store.get('connections')).toBeUndefined();
  });

  it('1: a connection from before versions gets the CSRF switch (off), timeout, proxy and trust, and loads again', () => {
    const { store } = storeWith({ connections: [previewConnection] });
    // Before: the connection store cannot read it (fields missing), so Home would lose it.
    expect(new ConnectionStore(store).list()).toEqual([]);
    migrateStore(store, MIGRATIONS.slice(0, 1));
    const [c] = new ConnectionStore(store).list();
    expect(c).toMatchObject({
      name: 'Contact sync',
      fetchCsrfToken: false,
      timeoutSeconds: 20,
      proxy: { mode: 'system' },
      trust: { extraCaPem: [], useOsTrustStore: false },
    });
    expect(store.get(SCHEMA_VERSION_KEY)).toBe(1);
  });

  it('1: fields the user already had are kept as they were', () => {
    const { store } = storeWith({
      connections: [{ ...previewConnection, fetchCsrfToken: true, timeoutSeconds: 60 }],
    });
    migrateStore(store, MIGRATIONS.slice(0, 1));
    expect(new ConnectionStore(store).list()[0]).toMatchObject({ fetchCsrfToken: true, timeoutSeconds: 60 });
  });

  it('2: a secret-looking field left in the non-secret store is removed from the file, at any depth', () => {
    const { store, file } = storeWith({
      schemaVersion: 1,
      connections: [
        {
          ...previewConnection,
          password: 'Welcome1!',
          auth: { method: 'basic', user: '_CPI', passwordSecretId: null, password: 'Welcome1!' },
        },
      ],
      keyPairs: [{ id: 'k1', name: 'CPI', privateKeyPem: '-----BEGIN PRIVATE KEY-----' }],
    });
    migrateStore(store);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('Welcome1!');
    expect(text).not.toContain('PRIVATE KEY');
    expect(store.get('keyPairs')).toEqual([{ id: 'k1', name: 'CPI' }]);
    expect(store.get('connections')).toMatchObject([{ auth: { method: 'basic', user: '_CPI' } }]);
  });

  it('runs only the migrations after the stored version, and running twice changes nothing', () => {
    const { store } = storeWith({ schemaVersion: 1, connections: [previewConnection] });
    const first = migrateStore(store);
    expect(first.from).toBe(1);
    expect(first.applied).toHaveLength(CURRENT_SCHEMA_VERSION - 1);
    // Migration 1 did not run: the connection still lacks the fields it would add.
    expect(store.get('connections')).toEqual([previewConnection]);
    expect(migrateStore(store).applied).toEqual([]);
  });

  it('a store from a newer app version is left untouched and the user is told', () => {
    const { store } = storeWith({ schemaVersion: 99, connections: [{ anything: 'new' }] });
    const outcome = migrateStore(store);
    expect(outcome.applied).toEqual([]);
    expect(sayMessage('en', outcome.notices[0]!)).toContain('written by a newer version of C4C Connect (data version 99)');
    expect(sayMessage('de', outcome.notices[0]!)).toContain('stammt von einer neueren Version von C4C Connect (Datenversion 99)');
    expect(store.get(SCHEMA_VERSION_KEY)).toBe(99);
    expect(store.get('connections')).toEqual([{ anything: 'new' }]);
  });

  it('a damaged version number counts as "before versions"', () => {
    const { store } = storeWith({ schemaVersion: 'two', connections: [previewConnection] });
    expect(migrateStore(store).from).toBe(0);
    expect(new ConnectionStore(store).list()).toHaveLength(1);
  });
});
