/**
 * Which key pairs need renewing: expired, or expiring within REMIND_DAYS. The reminder carries the
 * names of the connections that use the key pair, so the user knows what stops working.
 */
import type { KeyPairSummary } from '../../../shared/domain/keypair';

export const REMIND_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ExpiryReminder {
  keyPairId: string;
  keyPairName: string;
  notAfter: string;
  daysLeft: number;
  expired: boolean;
  connections: string[];
}

export interface ConnectionUse {
  name: string;
  keyPairId: string | null;
}

/** Days left counted from `now` (not from the import day); negative once expired. */
export function daysLeft(notAfter: string, now: Date): number {
  return Math.floor((Date.parse(notAfter) - now.getTime()) / DAY_MS);
}

export function expiryReminders(
  keyPairs: readonly Pick<KeyPairSummary, 'id' | 'name' | 'certificate'>[],
  connections: readonly ConnectionUse[],
  now: Date,
): ExpiryReminder[] {
  return keyPairs
    .map((k) => {
      const left = daysLeft(k.certificate.notAfter, now);
      return {
        keyPairId: k.id,
        keyPairName: k.name,
        notAfter: k.certificate.notAfter,
        daysLeft: left,
        expired: Date.parse(k.certificate.notAfter) < now.getTime(),
        connections: connections.filter((c) => c.keyPairId === k.id).map((c) => c.name),
      };
    })
    .filter((r) => r.expired || r.daysLeft < REMIND_DAYS)
    .sort((a, b) => a.daysLeft - b.daysLeft);
}

/** The renewal steps, in the consultant's words (also shown in the banner, translated there). */
export const RENEWAL_STEPS = [
  'In C4C, open the communication arrangement and choose "Edit Credentials"; regenerate the key pair and download the new .p12.',
  'In C4C Connect, open Key pairs and replace the old key pair with the new file (connections keep pointing at it).',
  'In Cloud Integration, upload the new .p12 to the keystore under the same alias, so the iFlows pick it up.',
] as const;

/** One OS notification for all reminders: title and body in plain sentences. */
export function notificationText(
  reminders: readonly ExpiryReminder[],
): { title: string; body: string } | null {
  if (reminders.length === 0) return null;
  const expired = reminders.filter((r) => r.expired);
  const title =
    expired.length > 0
      ? `${String(expired.length)} key pair${expired.length === 1 ? ' has' : 's have'} expired`
      : `${String(reminders.length)} key pair${reminders.length === 1 ? ' expires' : 's expire'} soon`;
  const lines = reminders.map((r) =>
    r.expired
      ? `${r.keyPairName}: expired. Renew it in the arrangement's "Edit Credentials".`
      : `${r.keyPairName}: ${String(r.daysLeft)} day${r.daysLeft === 1 ? '' : 's'} left.`,
  );
  return { title, body: `${lines.join('\n')}\nOpen C4C Connect for the renewal steps.` };
}
