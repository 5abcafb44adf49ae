/**
 * shared/messages/say.ts writes whole numbers below 1,000 without ICU (the first Intl.NumberFormat
 * of a process is slow): for both UI languages, every such number must read exactly as Intl writes it.
 */
import { describe, expect, it } from 'vitest';
import { fill, interpolated } from '../../../shared/messages/say';

describe('whole numbers below 1,000', () => {
  for (const lang of ['en', 'de'] as const) {
    it(`read as Intl writes them in ${lang}`, () => {
      const intl = new Intl.NumberFormat(lang);
      for (let n = -999; n <= 999; n++) {
        expect(interpolated(n, lang)).toBe(intl.format(n));
        expect(fill('{n}', lang, { n })).toBe(intl.format(n));
      }
    });
  }

  it('leave the rest to Intl: grouping, fractions, negative zero, other languages', () => {
    expect(interpolated(1000, 'de')).toBe('1.000');
    expect(interpolated(1000, 'en')).toBe('1,000');
    expect(interpolated(-1000, 'de')).toBe('-1.000');
    expect(interpolated(2.5, 'de')).toBe('2,5');
    expect(interpolated(-0, 'en')).toBe(new Intl.NumberFormat('en').format(-0));
    expect(interpolated(12, 'ar-EG')).toBe(new Intl.NumberFormat('ar-EG').format(12));
  });
});
