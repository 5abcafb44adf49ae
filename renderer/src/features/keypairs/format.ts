import type { TFunction } from 'i18next';
import type { Lang } from '../../../../shared/messages/say';
import { errorText as sayError } from '../../i18n/messages';
import type { AppError } from '../../../../shared/result';
import type { KeyPairSummary } from '../../../../shared/domain/keypair';

export type ExpiryState = 'Negative' | 'Critical' | 'Positive';

/** Fiori status colours: expired red, under 30 days orange, otherwise green. */
export function expiryState(k: Pick<KeyPairSummary, 'certificate' | 'warnings'>): ExpiryState {
  if (k.warnings.includes('CERT_EXPIRED') || k.warnings.includes('CERT_NOT_YET_VALID')) return 'Negative';
  // Its stored key is gone: years left would read as healthy while it cannot be used.
  if (k.warnings.includes('SECRET_MISSING')) return 'Critical';
  return k.certificate.daysLeft < 30 ? 'Critical' : 'Positive';
}

/**
 * Renew… is the one emphasized action only when renewing is what to do now: the certificate has
 * ended or ends within main's warning window (CERT_EXPIRES_SOON), or the vault lost its key and
 * the .p12 must be picked again (SECRET_MISSING's advice names Renew…). A key pair with years
 * left gets no emphasized action at all.
 */
export const renewalDue = (k: Pick<KeyPairSummary, 'warnings'>): boolean =>
  k.warnings.some((w) => w === 'CERT_EXPIRED' || w === 'CERT_EXPIRES_SOON' || w === 'SECRET_MISSING');

export function expiryText(t: TFunction, k: Pick<KeyPairSummary, 'certificate' | 'warnings'>): string {
  if (k.warnings.includes('CERT_EXPIRED')) return t('status.expired');
  if (k.warnings.includes('CERT_NOT_YET_VALID')) return t('status.notYetValid');
  if (k.warnings.includes('SECRET_MISSING')) return t('status.secretMissing');
  return t('status.daysLeft', { count: k.certificate.daysLeft });
}

export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(iso));
}

const TRANSLATED = new Set([
  'WRONG_PASSWORD',
  'INVALID_FILE',
  'NO_PRIVATE_KEY',
  'NO_CERTIFICATE',
  'KEY_CERT_MISMATCH',
  'UNSUPPORTED_ENCRYPTION',
  'FILE_TOO_LARGE',
  'KEYCHAIN_LOCKED',
  'KEYCHAIN_UNAVAILABLE',
  'VAULT_KEY_LOST',
  'SECRET_MISSING',
  'STORE_BUSY',
]);

/**
 * One plain sentence for an error. Common key pair errors read in the UI language; others (which
 * carry specifics like a name) keep main's sentence.
 */
export function errorText(t: TFunction, error: AppError, lang?: Lang): string {
  if (TRANSLATED.has(error.code)) return t(`errors.${error.code}`);
  return lang ? sayError(lang, error) : error.message;
}

/** "1C00B1..." as "1C:00:B1:...", the way certificate viewers show fingerprints. */
export const colonHex = (hex: string): string => hex.match(/.{1,2}/g)?.join(':') ?? hex;
