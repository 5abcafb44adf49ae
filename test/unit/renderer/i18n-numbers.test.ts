/**
 * Numbers in the UI language: every number a text interpolates is said the way its language writes
 * it (1.234 in German, 1,234 in English), plurals still chosen by the number itself.
 */
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../../renderer/src/i18n/index';

describe('numbers in texts', () => {
  it('are grouped and pointed as the UI language does', async () => {
    const i18n = await initI18n('de');
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
