/**
 * German and English complete: every key of every namespace (every locales/<lang>/<ns>.json, also
 * files added later) exists in the other language, and no value is empty.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = resolve(import.meta.dirname, '../../../renderer/src/i18n/locales');
const LANGUAGES = ['en', 'de'] as const;

/** i18next plural forms differ by language (de and en share one/other; others would not). */
const pluralBase = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '_<plural>');

function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return [[prefix, value]];
}

const namespaces = (lang: string) =>
  readdirSync(join(LOCALES, lang))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();

const load = (lang: string, ns: string): unknown =>
  JSON.parse(readFileSync(join(LOCALES, lang, `${ns}.json`), 'utf8'));

describe('translations', () => {
  it('both languages have the same namespaces', () => {
    expect(namespaces('de')).toEqual(namespaces('en'));
    expect(namespaces('en').length).toBeGreaterThan(0);
  });

  const all = [...new Set(LANGUAGES.flatMap(namespaces))];
  it.each(all)('%s: every key exists in English and German, and back', (ns) => {
    const [en, de] = LANGUAGES.map((lang) => new Set(keys(load(lang, ns)).map(pluralBase)));
    expect(
      [...en!].filter((k) => !de!.has(k)),
      'in English, missing in German',
    ).toEqual([]);
    expect(
      [...de!].filter((k) => !en!.has(k)),
      'in German, missing in English',
    ).toEqual([]);
  });

  it.each(all)('%s: no value is empty or not a string', (ns) => {
    for (const lang of LANGUAGES) {
      const bad = leaves(load(lang, ns)).filter(([, v]) => typeof v !== 'string' || v.trim() === '');
      expect(bad.map(([k]) => `${lang}:${k}`)).toEqual([]);
    }
  });

  it.each(all)('%s: the same {{placeholders}} in both languages', (ns) => {
    const placeholders = (lang: string) =>
      new Map(
        leaves(load(lang, ns)).map(([k, v]) => [
          k,
          [...String(v).matchAll(/{{\s*(\w+)\s*}}/g)]
            .map((m) => m[1])
            .sort()
            .join(','),
        ]),
      );
    const en = placeholders('en');
    const de = placeholders('de');
    const differ = [...en].filter(([k, v]) => de.has(k) && de.get(k) !== v).map(([k]) => k);
    expect(differ).toEqual([]);
  });
});
