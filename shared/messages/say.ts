/**
 * Messages keyed by code: core and main send a key and its parameters, the renderer and the CLI
 * turn them into a sentence in the user's language. The one place where codes become words.
 */
import { isolated } from './bidi';
import { DE } from './de';
import { EN, type MessageKey as CoreMessageKey } from './en';
import { MAIN_DE, MAIN_EN, type MainMessageKey } from './main';

/** Every key of the catalog: core's (./en.ts) and main's own (./main.ts). */
export type MessageKey = CoreMessageKey | MainMessageKey;
export const LANGS = ['en', 'de'] as const;
export type Lang = (typeof LANGS)[number];

export type Params = Record<string, string | number>;

/** A sentence to say later, in whatever language the reader uses (schema: ./schema.ts). */
export interface Message {
  key: MessageKey;
  params?: Params;
}

export const CATALOGS: Record<Lang, Record<MessageKey, string | readonly string[]>> = {
  en: { ...EN, ...MAIN_EN },
  de: { ...DE, ...MAIN_DE },
};

export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(CATALOGS.en, key);

/**
 * One number format per language, made once: making an Intl.NumberFormat costs far more than using
 * one, and Home says a number in each of its rows (npm run bench, issue 14).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const numberFormat = (lng: string | undefined): Intl.NumberFormat => {
  const key = lng ?? '';
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(lng)));
  return format;
};

/**
 * Whole numbers are written without ICU in the languages of LANGS: digits in groups of three,
 * English with commas, German with dots, a hyphen-minus before negatives, as Intl writes them. The
 * first Intl.NumberFormat of a process costs 30-45 ms (ICU loads its number data), and Home says a
 * key pair's days left in every row of its first render (issue 14).
 * test/unit/shared/small-numbers.test.ts holds this equal to Intl for every language of LANGS;
 * fractions, -0, unsafe integers and other languages go to Intl.
 */
const GROUP_SEPARATOR: Record<Lang, string> = { en: ',', de: '.' };
function wholeNumber(n: number, lng: string | undefined): string | null {
  if (!(LANGS as readonly (string | undefined)[]).includes(lng)) return null;
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return null;
  // At most 16 digits: the lookahead cannot run away.
  const grouped = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, GROUP_SEPARATOR[lng as Lang]);
  return n < 0 ? `-${grouped}` : grouped;
}

/** Numbers in the reader's language (1.000 in German, 1,000 in English). */
const number = (lng: string | undefined, n: number): string =>
  wholeNumber(n, lng) ?? numberFormat(lng).format(n);

/**
 * A value interpolated into a text on screen: a number said in `lng`'s way, text that could turn
 * the sentence around in its own bidi isolate (bidi.ts), anything else as it is.
 */
export const interpolated = (value: unknown, lng: string | undefined): unknown =>
  typeof value === 'number' ? number(lng, value) : typeof value === 'string' ? isolated(value) : value;

/** A number with exactly `digits` decimals in the reader's language: 12,5 ms in German. */
export const formatNumber = (lang: Lang, n: number, digits = 0): string =>
  new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);

export function fill(template: string, lang: Lang, params: Params = {}): string {
  // One pass over the template: linear, and a parameter's value is never read as a placeholder.
  return template.replace(/\{(\w{1,40})\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    if (typeof v === 'number') return number(lang, v);
    // A parameter named "date" holds an ISO time: said as a date of the reader's language.
    return name === 'date' ? formatDateTime(lang, v) : v;
  });
}

/** One sentence (or, for list entries, the lines joined by a space). */
export function say(lang: Lang, key: MessageKey, params?: Params): string {
  const entry = CATALOGS[lang][key];
  return typeof entry === 'string'
    ? fill(entry, lang, params)
    : entry.map((l) => fill(l, lang, params)).join(' ');
}

/** A list entry (advice, steps) as its lines. */
export function lines(lang: Lang, key: MessageKey, params?: Params): string[] {
  const entry = CATALOGS[lang][key];
  return typeof entry === 'string' ? [fill(entry, lang, params)] : entry.map((l) => fill(l, lang, params));
}

export const sayMessage = (lang: Lang, m: { key: string; params?: Params }): string =>
  isMessageKey(m.key) ? say(lang, m.key, m.params) : m.key;

/** The language of a locale tag ("de-AT" → de); English for anything else. */
export function langOf(tag: string | undefined | null): Lang {
  return tag?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** Dates in the reader's language: 30.11.2026 in German, 11/30/2026 in English. */
export function formatDate(lang: Lang, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-US', { dateStyle: 'medium' }).format(d);
}

/** A moment for people, in UTC so it reads the same everywhere: "1 February 2020 at 00:00 UTC". */
export function formatDateTime(lang: Lang, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const format = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  return `${format.format(d)} UTC`;
}
