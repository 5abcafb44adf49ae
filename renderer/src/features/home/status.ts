import type { TFunction } from 'i18next';
import type { HomeConnection } from '../../../../shared/contract/wizard';
import type { Route } from '../../app/routes';

export type StatusState = 'Negative' | 'Critical' | 'Positive' | 'Information' | 'None';

/** Key pair expiry as Fiori colours: expired red, under 30 days orange, otherwise green. */
export function keyPairState(c: HomeConnection): StatusState {
  if (!c.keyPair || c.needsSecret) return c.needsSecret ? 'Critical' : 'None';
  if (c.keyPair.expired) return 'Negative';
  return c.keyPair.daysLeft < 30 ? 'Critical' : 'Positive';
}

/** What the key pair (or password) column says; `text` may answer the texts without parameters. */
export function keyPairText(
  t: TFunction,
  c: HomeConnection,
  text: (key: string) => string = (key) => t(key),
): string {
  if (c.connection.auth.method === 'basic')
    return c.needsSecret ? text('status.passwordMissing') : text('status.password');
  if (!c.keyPair) return text('status.keyPairMissing');
  // Listed, but its stored key is gone from the vault: its days left would hide that it cannot work.
  if (c.needsSecret) return t('status.keyPairSecretMissing', { name: c.keyPair.name });
  if (c.keyPair.expired) return t('status.expired', { name: c.keyPair.name });
  return t('status.daysLeft', { name: c.keyPair.name, count: c.keyPair.daysLeft });
}

/** One format per language, made once: Home says a time in every row that was tested. */
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** "3 minutes ago", in the UI language. */
export function relativeTime(iso: string, language: string, now = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  let format = relativeFormats.get(language);
  if (!format)
    relativeFormats.set(language, (format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' })));
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(seconds, 'second');
}

/**
 * Where a finished connection whose secret is gone gets it back, and what the button says: its key
 * pair's stored key, with that key pair selected on Key pairs; its password (or a key pair it no
 * longer has), at the wizard's credentials step.
 */
export function credentialsFix(c: HomeConnection): { route: Route; textKey: string } {
  return c.keyPair
    ? { route: { name: 'keypairs', keyPairId: c.keyPair.id }, textKey: 'actions.pickP12Again' }
    : {
        route: { name: 'wizard', connectionId: c.connection.id, step: 'credentials' },
        textKey: 'actions.enterSecrets',
      };
}
