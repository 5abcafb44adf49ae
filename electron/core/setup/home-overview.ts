/**
 * Home in one answer: every connection with its setup step, key pair expiry and last test. One IPC
 * call instead of one per connection keeps Home with 50 connections quick.
 */
import type { HomeConnection, HomeOverview, SetupProgress } from '../../../shared/contract/wizard';
import type { Connection } from '../../../shared/domain/connection';
import type { TestResult } from '../../../shared/domain/diagnosis';
import type { KeyPairSummary } from '../../../shared/domain/keypair';
import { ownedPasswordId } from '../connections/secret-ownership';
import { daysLeft, expiryReminders } from '../reminders/index';

/** A password counts as stored only under the vault id this connection owns (issue 9). */
function passwordStored(c: Connection, hasPassword: (secretId: string) => boolean): boolean {
  try {
    const id = ownedPasswordId(c);
    return id !== null && hasPassword(id);
  } catch {
    return false;
  }
}

export interface OverviewSources {
  connections: readonly Connection[];
  progress: readonly SetupProgress[];
  keyPairs: readonly KeyPairSummary[];
  lastResult(connectionId: string): TestResult | null;
  /** Whether the vault holds this password (a connection imported from a file has none yet). */
  hasPassword(secretId: string): boolean;
}

export function homeOverview(src: OverviewSources, now: Date): HomeOverview {
  const keyPairs = new Map(src.keyPairs.map((k) => [k.id, k]));
  const steps = new Map(src.progress.map((p) => [p.connectionId, p.step]));
  const connections = src.connections.map((c): HomeConnection => {
    const k =
      c.auth.method === 'client-certificate' && c.auth.keyPairId ? keyPairs.get(c.auth.keyPairId) : undefined;
    const needsSecret =
      c.auth.method === 'client-certificate'
        ? // Listed but its vault file is gone: it needs the .p12 again (issue 15).
          k === undefined || k.warnings.includes('SECRET_MISSING')
        : !passwordStored(c, (id) => src.hasPassword(id));
    const last = src.lastResult(c.id);
    return {
      connection: c,
      setupStep: steps.get(c.id) ?? null,
      keyPair: k
        ? {
            id: k.id,
            name: k.name,
            notAfter: k.certificate.notAfter,
            daysLeft: daysLeft(k.certificate.notAfter, now),
            expired: Date.parse(k.certificate.notAfter) < now.getTime(),
          }
        : null,
      needsSecret,
      lastTest: last
        ? { ok: last.ok, code: last.diagnosis.code, title: last.diagnosis.title, at: last.startedAt ?? null }
        : null,
    };
  });
  const uses = src.connections.map((c) => ({
    name: c.name,
    keyPairId: c.auth.method === 'client-certificate' ? c.auth.keyPairId : null,
  }));
  return { connections, reminders: expiryReminders(src.keyPairs, uses, now) };
}
