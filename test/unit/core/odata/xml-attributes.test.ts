/**
 * The attribute reader of the $metadata tokenizer against saxes as the referee, on generated start
 * tags: names chosen to share lengths and last characters (the reader's name filter maps them to
 * the same bit), duplicates, values with references, tabs, line breaks, `<` and characters outside
 * ASCII, fed in random chunks and read back in random order (lookups start after the attribute
 * found last), absent names included.
 */
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { XmlScanner, XmlSyntaxError, type TagAttributes } from '../../../../electron/core/odata/xml-scanner';

// Name and Type, sap:creatable and sap:updatable, MaxLength and sap:filterable share a filter bit.
const NAMES = [
  'Name',
  'Type',
  'Nullable',
  'MaxLength',
  'Precision',
  'Scale',
  'sap:creatable',
  'sap:updatable',
  'sap:filterable',
  'sap:label',
  'c4c:value-help',
  'x',
  'y',
];
const VALUE_PIECES = [
  'a',
  'Edm.String',
  '7',
  '-12',
  '+3',
  ' 42',
  'false',
  '&amp;',
  '&#65;',
  '&#x1F600;',
  '&lt;',
  '\t',
  '\r\n',
  'é',
  '€',
  "'",
  '12345678901234567',
  '&#0065;',
  '&#x0041;',
];
const BAD_PIECES = ['<', '&bogus;', '&#0;', '&amp', '\u0001'];

interface Read {
  get: (string | undefined)[];
  equals: boolean[];
  int: (number | null)[];
}

function readAll(a: TagAttributes, lookups: string[], texts: string[]): Read {
  return {
    get: lookups.map((n) => a.get(n)),
    equals: lookups.map((n, i) => a.equals(n, texts[i % texts.length] ?? '')),
    int: lookups.map((n) => a.int(n)),
  };
}

function ours(doc: string, chunk: number, lookups: string[], texts: string[]): Read | 'refused' {
  const seen: { read?: Read } = {};
  const scanner = new XmlScanner({
    open: (_name, a) => {
      seen.read = readAll(a, lookups, texts);
    },
    close() {},
    doctype() {},
  });
  try {
    for (let i = 0; i < doc.length; i += chunk) scanner.write(doc.slice(i, i + chunk));
    scanner.close();
  } catch (error) {
    if (error instanceof XmlSyntaxError) return 'refused';
    throw error;
  }
  return seen.read ?? 'refused';
}

function referee(doc: string, lookups: string[], texts: string[]): Read | 'refused' {
  const seen: { attrs?: Record<string, string> } = {};
  const sax = new SaxesParser({ xmlns: false });
  sax.on('opentag', (t) => {
    seen.attrs = t.attributes;
  });
  try {
    sax.write(doc).close();
  } catch {
    return 'refused';
  }
  const a = seen.attrs ?? {};
  const has = (n: string) => Object.hasOwn(a, n);
  return {
    get: lookups.map((n) => (has(n) ? a[n] : undefined)),
    equals: lookups.map((n, i) => has(n) && a[n] === (texts[i % texts.length] ?? '')),
    int: lookups.map((n) => {
      const v = has(n) ? Number.parseInt(a[n] ?? '', 10) : Number.NaN;
      return Number.isFinite(v) ? v : null;
    }),
  };
}

const attribute = fc.record({
  name: fc.oneof(
    fc.constantFrom(...NAMES),
    fc.integer({ min: 0, max: 40 }).map((n) => `n${n}`),
  ),
  value: fc.array(fc.constantFrom(...VALUE_PIECES), { maxLength: 4 }).map((p) => p.join('')),
  quote: fc.constantFrom('"', "'"),
});

/** null four times in five. */
const sometimes = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: arb, weight: 1 });

/** A start tag of distinct attributes, sometimes one of them twice or one bad value. */
const tag = fc
  .record({
    attrs: fc.uniqueArray(attribute, { selector: (a) => a.name, maxLength: 30 }),
    twice: sometimes(fc.nat()),
    bad: sometimes(fc.record({ at: fc.nat(), piece: fc.constantFrom(...BAD_PIECES) })),
  })
  .map(({ attrs, twice, bad }) => {
    const list = attrs.map((a) => `${a.name}=${a.quote}${a.value.replaceAll(a.quote, '')}${a.quote}`);
    if (twice !== null && list.length > 0) list.push(list[twice % list.length] ?? '');
    if (bad !== null && list.length > 0) {
      const k = bad.at % list.length;
      list[k] = (list[k] ?? '').slice(0, -1) + bad.piece + (list[k] ?? '').slice(-1);
    }
    return `<root ${list.join(' ')}/>`;
  });

describe('xml attribute reader', () => {
  it('reads, compares and parses values as saxes reports them, and refuses what saxes refuses', () => {
    fc.assert(
      fc.property(
        tag,
        fc.array(
          fc.oneof(fc.constantFrom(...NAMES, 'Absent', 'sap:text'), fc.constantFrom('n0', 'n7', 'n40')),
          { maxLength: 30 },
        ),
        fc.array(fc.constantFrom('false', '7', 'Edm.String', 'a&b', ''), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 40 }),
        (doc, lookups, texts, chunk) => {
          expect(ours(doc, chunk, lookups, texts)).toEqual(referee(doc, lookups, texts));
        },
      ),
      { numRuns: 500, seed: 14 },
    );
  }, 120_000);
});
