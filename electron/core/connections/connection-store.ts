/**
 * Saved connections and their test history, in the non-secret JSON store. A connection holds no
 * secret: a password lives in the vault under `passwordSecretId`, a key pair under its id. Every
 * value is parsed through the domain schema on the way in (undeclared fields, e.g. a password sent
 * by mistake, are dropped) and on the way out (a hand-edited file cannot crash the app).
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { Connection } from '../../../shared/domain/connection';
import { TestResult } from '../../../shared/domain/diagnosis';
import { codedError } from '../../../shared/result';
import type { JsonStore } from '../store/json-store';
import { normaliseTenantHost } from './tenant-host';

/** conf reads dots in keys as paths: keep these dot-free. */
export const CONNECTIONS_KEY = 'connections';
export const HISTORY_KEY = 'connectionHistory';
export const HISTORY_LENGTH = 20;

/** What the user saves: a connection without the fields the store sets. */
export const ConnectionDraft = Connection.omit({ id: true, createdAt: true, updatedAt: true }).extend({
  /** Absent for a new connection. */
  id: Connection.shape.id.optional(),
});
export type ConnectionDraft = z.input<typeof ConnectionDraft>;

/** Header, cookie and credential names that must never reach the history (stage details are free-form). */
const SECRET_KEY = /authorization|cookie|csrf|password|passphrase|secret|private|^key$|keypem|p12|pfx/i;

function withoutSecrets(value: unknown, depth = 0): unknown {
  if (depth > 6) return null;
  if (Array.isArray(value)) return value.map((v) => withoutSecrets(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !SECRET_KEY.test(k))
        .map(([k, v]) => [k, withoutSecrets(v, depth + 1)]),
    );
  }
  return value;
}

function proxyWithoutCredentials(connection: Connection): void {
  if (connection.proxy.mode !== 'manual') return;
  let url: URL;
  try {
    url = new URL(connection.proxy.url);
  } catch {
    // The value is not repeated: what did not parse may hold a typed password.
    throw codedError('BAD_INPUT', 'connections.proxyInvalid');
  }
  if (!['http:', 'https:'].includes(url.protocol)) {
    throw codedError('BAD_INPUT', 'connections.proxyScheme');
  }
  if (url.username || url.password) {
    throw codedError('BAD_INPUT', 'connections.proxyCredentials');
  }
}

export class ConnectionStore {
  constructor(
    private readonly store: JsonStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): Connection[] {
    const raw = this.store.get(CONNECTIONS_KEY);
    const items: unknown[] = Array.isArray(raw)
      ? raw
      : raw && typeof raw === 'object'
        ? Object.values(raw)
        : [];
    return items.flatMap((item) => {
      const parsed = Connection.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
  }

  get(id: string): Connection {
    const found = this.list().find((c) => c.id === id);
    if (!found)
      throw codedError('NOT_FOUND', 'connections.gone');
    return found;
  }

  /** By id, or by name (case-insensitive), for `c4c-connect test --connection NAME`. */
  find(idOrName: string): Connection | null {
    const all = this.list();
    return (
      all.find((c) => c.id === idOrName) ??
      all.find((c) => c.name.toLowerCase() === idOrName.trim().toLowerCase()) ??
      null
    );
  }

  /** Each change is one transaction on the store file (see JsonStore.update). */
  save(draft: ConnectionDraft): Connection {
    return this.store.update(() => this.saveNow(draft));
  }

  private saveNow(draft: ConnectionDraft): Connection {
    const input = ConnectionDraft.safeParse(draft);
    if (!input.success) {
      // The field and the schema's own (English) words for what is wrong with it.
      throw codedError('BAD_INPUT', 'connections.notSaved', {
        field: input.error.issues[0]?.path.join('.') ?? '',
        problem: input.error.issues[0]?.message ?? '',
      });
    }
    const all = this.list();
    const existing = input.data.id ? all.find((c) => c.id === input.data.id) : undefined;
    if (input.data.id && !existing) this.get(input.data.id);
    const name = input.data.name.trim();
    if (all.some((c) => c.id !== existing?.id && c.name.toLowerCase() === name.toLowerCase())) {
      throw codedError('BAD_INPUT', 'connections.nameTaken', { name });
    }
    const stamp = this.now().toISOString();
    const connection = Connection.parse({
      ...input.data,
      id: existing?.id ?? randomUUID(),
      name,
      tenantHost: normaliseTenantHost(input.data.tenantHost).host,
      createdAt: existing?.createdAt ?? stamp,
      updatedAt: stamp,
    });
    proxyWithoutCredentials(connection);
    const next = existing ? all.map((c) => (c.id === connection.id ? connection : c)) : [...all, connection];
    this.store.set(CONNECTIONS_KEY, next);
    return connection;
  }

  /** Removes the connection and its history; false when there was none. */
  delete(id: string): boolean {
    return this.store.update(() => this.deleteNow(id));
  }

  private deleteNow(id: string): boolean {
    const all = this.list();
    const rest = all.filter((c) => c.id !== id);
    if (rest.length === all.length) return false;
    this.store.set(CONNECTIONS_KEY, rest);
    const history = this.allHistory();
    if (history.delete(id)) this.store.set(HISTORY_KEY, Object.fromEntries(history));
    return true;
  }

  /** The last results of this connection, newest first. */
  history(id: string): TestResult[] {
    return (this.allHistory().get(id) ?? []).flatMap((item) => {
      const parsed = TestResult.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
  }

  /** Keeps a test result (newest first, at most 20), stripped of anything secret. */
  recordResult(id: string, result: TestResult): TestResult[] {
    return this.store.update(() => this.recordNow(id, result));
  }

  private recordNow(id: string, result: TestResult): TestResult[] {
    this.get(id);
    const clean = TestResult.parse({
      ...result,
      stages: result.stages.map((s) => ({ ...s, detail: withoutSecrets(s.detail) })),
      startedAt: result.startedAt ?? this.now().toISOString(),
    });
    const kept = [clean, ...this.history(id)].slice(0, HISTORY_LENGTH);
    const history = this.allHistory();
    history.set(id, kept);
    this.store.set(HISTORY_KEY, Object.fromEntries(history));
    return kept;
  }

  /** The name the connection test (B1's handler) calls. */
  recordTestResult(id: string, result: TestResult): void {
    this.recordResult(id, result);
  }

  /** The stored map, own entries only: an id like "constructor" must not find Object's members. */
  private allHistory(): Map<string, unknown[]> {
    const raw = this.store.get(HISTORY_KEY);
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return new Map();
    return new Map(Object.entries(raw).filter((e): e is [string, unknown[]] => Array.isArray(e[1])));
  }
}
