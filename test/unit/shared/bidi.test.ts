/**
 * Names in sentences on screen: a value that could reorder the sentence around it gets its own bidi
 * isolate; anything else is shown as it is.
 */
import { describe, expect, it } from 'vitest';
import { FSI, isolated, isolatedParams, PDI } from '../../../shared/messages/bidi';
import { interpolated, say } from '../../../shared/messages/say';

describe('isolated', () => {
  it('isolates a value with a direction control or right-to-left letters', () => {
    for (const v of [
      'Prod\u202e',
      '\u202dx',
      'a\u202ab',
      'a\u200fb',
      'a\u061cb',
      'שלום',
      'Prod عميل',
      'ܐ',
      '𐤀',
      'ﭐ',
    ]) {
      expect(isolated(v), JSON.stringify(v)).toBe(`${FSI}${v}${PDI}`);
    }
  });

  it('keeps a value inside its isolate: a stray PDI is dropped, an isolate left open is closed', () => {
    expect(isolated('a\u2069\u202eb')).toBe(`${FSI}a\u202eb${PDI}`);
    expect(isolated('a\u2069\u2069\u202eb')).toBe(`${FSI}a\u202eb${PDI}`);
    expect(isolated('a\u2067b')).toBe(`${FSI}a\u2067b${PDI}${PDI}`);
    // Balanced isolates inside stay (a list of names, each already isolated).
    const list = [isolated('x\u202e'), 'plain'].join(', ');
    expect(isolated(list)).toBe(`${FSI}${list}${PDI}`);
  });

  it('leaves left-to-right text, digits and other scripts as they are', () => {
    for (const v of [
      '',
      'Prod tenant (EU)',
      'Übergabe 2026',
      '12345',
      'Ελληνικά',
      '日本語',
      'my123.crm.ondemand.com',
    ]) {
      expect(isolated(v)).toBe(v);
    }
  });

  it('is what every text value on screen goes through (numbers are said, strings isolated)', () => {
    expect(interpolated('Prod\u202e', 'en')).toBe(`${FSI}Prod\u202e${PDI}`);
    expect(interpolated('Prod', 'en')).toBe('Prod');
    expect(interpolated(1200, 'de')).toBe('1.200');
  });

  it('isolates the names in a keyed message from main (as the renderer says it), the sentence keeps its order', () => {
    expect(say('en', 'main.keyPairShared', isolatedParams({ name: 'evil\u202e' }))).toBe(
      `The key pair is also used by "${FSI}evil\u202e${PDI}". Delete only the connection, or change the other connection first.`,
    );
    expect(isolatedParams({ name: 'Prod', count: 3 })).toEqual({ name: 'Prod', count: 3 });
  });
});
