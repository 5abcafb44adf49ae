/**
 * shared/messages/say.ts writes whole numbers without ICU (the first Intl.NumberFormat of a process
 * is slow): in every language of LANGS, every whole number must read exactly as Intl writes it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS, fill, interpolated } from '../../../shared/messages/say';

describe('whole numbers', () => {
  for (const lang of LANGS) {
    const intl = new Intl.NumberFormat(lang);
    it(`read as Intl writes them in ${lang}: every one from -100,000 to 100,000`, () => {
      for (let n = -100_000; n <= 100_000; n++) {
        if (interpolated(n, lang) !== intl.format(n)) expect(interpolated(n, lang)).toBe(intl.format(n));
      }
      expect(fill('{n}', lang, { n: 1234567 })).toBe(intl.format(1234567));
    });

    it(`read as Intl writes them in ${lang}: any safe integer`, () => {
      fc.assert(
        fc.property(fc.maxSafeInteger(), (n) => interpolated(n, lang) === intl.format(n)),
        { numRuns: 5000 },
      );
      for (const n of [Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 999, 1000, -1000, 999_999, 1_000_000]) {
        expect(interpolated(n, lang)).toBe(intl.format(n));
      }
    });
  }

  it('leave the rest to Intl: fractions, negative zero, unsafe integers, other languages', () => {
    expect(interpolated(1000, 'de')).toBe('1.000');
    expect(interpolated(1000, 'en')).toBe('1,000');
    expect(interpolated(2.5, 'de')).toBe('2,5');
    expect(interpolated(-0, 'en')).toBe(new Intl.NumberFormat('en').format(-0));
    expect(interpolated(2 ** 60, 'en')).toBe(new Intl.NumberFormat('en').format(2 ** 60));
    expect(interpolated(12345, 'ar-EG')).toBe(new Intl.NumberFormat('ar-EG').format(12345));
    expect(interpolated(12345, 'de-CH')).toBe(new Intl.NumberFormat('de-CH').format(12345));
    expect(interpolated('0012', 'en')).toBe('0012');
  });
});
