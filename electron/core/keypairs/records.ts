/**
 * The non-secret half of a key pair: what the list and details show, kept in the JSON store under
 * `keyPairs`. It points at its secret in the vault by `secretId` and never holds the key, the
 * password or file bytes.
 */
import { z } from 'zod';
import { KeyPairSummary, type KeyPairWarning } from '../../../shared/domain/keypair';
import type { JsonStore } from '../store/json-store';

export const STORE_KEY = 'keyPairs';
const DAY_MS = 24 * 60 * 60 * 1000;
/** Below this many days left, a key pair is about to expire (issue 3, item 4). */
export const EXPIRES_SOON_DAYS = 30;

export const KeyPairRecord = KeyPairSummary.extend({ secretId: z.string() });
export type KeyPairRecord = z.infer<typeof KeyPairRecord>;

export function readRecords(store: JsonStore): KeyPairRecord[] {
  const raw = store.get(STORE_KEY);
  if (!Array.isArray(raw)) return [];
  // A record that no longer parses (hand-edited store) is skipped rather than breaking the list.
  return raw.flatMap((item) => {
    const parsed = KeyPairRecord.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

export function writeRecords(store: JsonStore, records: KeyPairRecord[]): void {
  store.set(
    STORE_KEY,
    records.map((r) => KeyPairRecord.parse(r)),
  );
}

const TIME_WARNINGS: KeyPairWarning[] = ['CERT_EXPIRED', 'CERT_NOT_YET_VALID', 'CERT_EXPIRES_SOON'];

/**
 * Days left and the expiry warnings depend on today, not on the day of import: recompute them
 * whenever a key pair is shown.
 */
export function withCurrentDates(record: KeyPairRecord, now: Date): KeyPairRecord {
  const notBefore = Date.parse(record.certificate.notBefore);
  const notAfter = Date.parse(record.certificate.notAfter);
  const daysLeft = Math.floor((notAfter - now.getTime()) / DAY_MS);
  const timeWarnings: KeyPairWarning[] = [];
  if (now.getTime() > notAfter) timeWarnings.push('CERT_EXPIRED');
  else if (now.getTime() < notBefore) timeWarnings.push('CERT_NOT_YET_VALID');
  else if (daysLeft < EXPIRES_SOON_DAYS) timeWarnings.push('CERT_EXPIRES_SOON');
  const warnings = [...timeWarnings, ...record.warnings.filter((w) => !TIME_WARNINGS.includes(w))];
  return { ...record, certificate: { ...record.certificate, daysLeft }, warnings };
}

/** The record as the renderer and the CLI see it: `secretId` is internal. */
export function toSummary(record: KeyPairRecord): KeyPairSummary {
  const { secretId: _secretId, ...summary } = record;
  return summary;
}
