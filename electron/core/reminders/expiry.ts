/**
 * Which key pairs need renewing: expired, or expiring within REMIND_DAYS. The reminder carries the
 * names of the connections that use the key pair, so the user knows what stops working.
 */
import { isolated } from '../../../shared/messages/bidi';
import { lines, say, type Lang } from '../../../shared/messages/say';
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

/** The renewal steps, in the consultant's words (shared/messages 'renewal.steps', also the banner's). */
export const RENEWAL_STEPS: readonly string[] = lines('en', 'renewal.steps');

/** One OS notification for all reminders: title and body in plain sentences, in `lang`. */
export function notificationText(
  reminders: readonly ExpiryReminder[],
  lang: Lang = 'en',
): { title: string; body: string } | null {
  if (reminders.length === 0) return null;
  const expired = reminders.filter((r) => r.expired);
  const count = expired.length > 0 ? expired.length : reminders.length;
  const plural = count === 1 ? 'one' : 'other';
  const title = say(
    lang,
    expired.length > 0 ? `renewal.notifyTitleExpired.${plural}` : `renewal.notifyTitleSoon.${plural}`,
    { count },
  );
  // Each name in its own bidi isolate where it needs one, as on screen (shared/messages/bidi.ts): an
  // override left open in one key pair's name must not turn the rest of the notification around.
  const body = reminders.map((r) =>
    r.expired
      ? say(lang, 'renewal.notifyExpired', { name: isolated(r.keyPairName) })
      : say(lang, r.daysLeft === 1 ? 'renewal.notifyDaysLeft.one' : 'renewal.notifyDaysLeft.other', {
          name: isolated(r.keyPairName),
          days: r.daysLeft,
        }),
  );
  return { title, body: `${body.join('\n')}\n${say(lang, 'renewal.notifyFooter')}` };
}
