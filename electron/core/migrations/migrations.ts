/**
 * The non-secret store carries `schemaVersion`. Each migration lifts stored data from one version to
 * the next, in order, at start (createServices). A store written by a newer app version is left
 * untouched and reported: rewriting it would lose what that version knows and we do not.
 */
import type { JsonStore } from '../store/json-store';
import type { Message } from '../../../shared/messages/say';

export const SCHEMA_VERSION_KEY = 'schemaVersion';

export interface Migration {
  /** The version this migration produces (the one before is `to - 1`). */
  to: number;
  /** What it does, in one line (kept for the log and the tests). */
  what: string;
  run(store: JsonStore): void;
}

export interface MigrationOutcome {
  from: number;
  to: number;
  applied: string[];
  /** For the user (shown like the recovery messages, keyed), empty when all went well. */
  notices: Message[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Rewrites every element of an array stored under `key`; anything else is left alone. */
function mapArray(store: JsonStore, key: string, fn: (item: Record<string, unknown>) => unknown): void {
  const raw = store.get(key);
  if (!Array.isArray(raw)) return;
  store.set(
    key,
    (raw as unknown[]).map((item) => (isRecord(item) ? fn(item) : item)),
  );
}

/** Field names that must never be in the non-secret store, at any depth (the vault holds secrets). */
const SECRET_FIELD = /^(password|passphrase|privateKey|privateKeyPem|keyPem|p12|pfx|bytes)$/i;

function scrubSecrets(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (SECRET_FIELD.test(k)) continue;
    out[k] = isRecord(v) ? scrubSecrets(v) : v;
  }
  return out;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    to: 1,
    what: 'connections from the first previews get the fields added since (CSRF switch, timeout, proxy, trust)',
    run(store) {
      mapArray(store, 'connections', (c) => ({
        fetchCsrfToken: false,
        timeoutSeconds: 20,
        proxy: { mode: 'system' },
        trust: { extraCaPem: [], useOsTrustStore: false },
        ...c,
      }));
    },
  },
  {
    to: 2,
    what: 'a secret-looking field (password, private key, file bytes) left in the non-secret store is removed',
    run(store) {
      for (const key of ['connections', 'keyPairs']) mapArray(store, key, scrubSecrets);
    },
  },
];

export const CURRENT_SCHEMA_VERSION = MIGRATIONS.reduce((v, m) => Math.max(v, m.to), 0);

/** The stored version: a missing one is 0 (written before versions existed). */
export function storedVersion(store: JsonStore): number {
  const raw = store.get(SCHEMA_VERSION_KEY);
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 ? raw : 0;
}

/** One transaction: another process never sees (or writes over) a half-migrated store. */
export function migrateStore(
  store: JsonStore,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationOutcome {
  return store.update(() => migrateNow(store, migrations));
}

function migrateNow(store: JsonStore, migrations: readonly Migration[]): MigrationOutcome {
  const target = migrations.reduce((v, m) => Math.max(v, m.to), 0);
  const from = storedVersion(store);
  if (from > target) {
    return {
      from,
      to: from,
      applied: [],
      // The version as a name ("data version 1000"), not a quantity to group.
      notices: [{ key: 'recovered.newerVersion', params: { version: String(from) } }],
    };
  }
  const applied: string[] = [];
  for (const m of [...migrations].sort((a, b) => a.to - b.to)) {
    if (m.to <= from) continue;
    m.run(store);
    store.set(SCHEMA_VERSION_KEY, m.to);
    applied.push(m.what);
  }
  if (storedVersion(store) !== target) store.set(SCHEMA_VERSION_KEY, target);
  return { from, to: target, applied, notices: [] };
}
