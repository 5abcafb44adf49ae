/**
 * Numbers in the UI language: i18next set up as the renderer does (every interpolated value through
 * shared/messages' `interpolated`), with the real German and English texts: 1.234 in German,
 * 1,234 in English, plurals still chosen by the number itself. The German e2e run sees it on screen.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import i18next, { type FormatterModule } from 'i18next';
import { describe, expect, it } from 'vitest';
import { interpolated } from '../../../shared/messages/say';

const LOCALES = resolve(import.meta.dirname, '../../../renderer/src/i18n/locales');
const load = (lang: string, ns: string): Record<string, unknown> =>
  JSON.parse(readFileSync(resolve(LOCALES, lang, `${ns}.json`), 'utf8')) as Record<string, unknown>;

const formatter: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  format: (value, _format, lng) => interpolated(value, lng) as string,
};

describe('numbers in texts', () => {
  it('are grouped and pointed as the UI language does', async () => {
    const i18n = i18next.createInstance().use(formatter);
    await i18n.init({
      lng: 'de',
      resources: {
        de: { query: load('de', 'query'), explorer: load('de', 'explorer') },
        en: { query: load('en', 'query'), explorer: load('en', 'explorer') },
      },
      interpolation: { escapeValue: false, alwaysFormat: true },
    });
    const stats = { rows: 1234, ms: 5678, kb: 12 };
    expect(i18n.t('query:stats', stats)).toBe('1.234 Zeilen in 5.678 ms (12 KB)');
    expect(i18n.t('explorer:propertyCount', { count: 1 })).toBe('1 Eigenschaft');
    expect(i18n.t('explorer:propertyCount', { count: 2500 })).toBe('2.500 Eigenschaften');
    // Strings pass unchanged (a name made of digits is not a number).
    expect(i18n.t('query:stats', { ...stats, rows: '0012' })).toBe('0012 Zeilen in 5.678 ms (12 KB)');
    await i18n.changeLanguage('en');
    expect(i18n.t('query:stats', stats)).toBe('1,234 rows in 5,678 ms (12 KB)');
  });
});
