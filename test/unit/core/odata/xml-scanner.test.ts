/**
 * The $metadata tokenizer against saxes (a complete XML parser) as the referee: on the SAP-shaped
 * fixture mutated thousands of ways (seeded, so a failure repeats), both must accept or both must
 * refuse, and when both accept they must report the same tags and attribute values.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { XmlScanner, XmlSyntaxError } from '../../../../electron/core/odata/xml-scanner';

const small = readFileSync(
  fileURLToPath(new URL('../../../fixtures/edmx/c4codataapi-small.xml', import.meta.url)),
  'utf8',
);

type Event = string;

function ours(doc: string, chunk = doc.length): Event[] | 'refused' {
  const events: Event[] = [];
  const scanner = new XmlScanner({
    open: (name, a) => {
      const attrs: string[] = [];
      for (let i = 0; i < a.count; i++) attrs.push(`${a.name(i)}=${a.value(i)}`);
      events.push(`<${name} ${attrs.join(' ')}`);
    },
    close: (name) => events.push(`</${name}`),
    doctype: () => {
      throw new XmlSyntaxError('doctype', 0, 0);
    },
  });
  try {
    for (let i = 0; i < doc.length; i += chunk) scanner.write(doc.slice(i, i + chunk));
    scanner.close();
  } catch (error) {
    if (error instanceof XmlSyntaxError) return 'refused';
    throw error;
  }
  return events;
}

function referee(doc: string): Event[] | 'refused' {
  const events: Event[] = [];
  const sax = new SaxesParser({ xmlns: false });
  sax.on('opentag', (t) => {
    events.push(
      `<${t.name} ${Object.entries(t.attributes)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')}`,
    );
  });
  sax.on('closetag', (t) => events.push(`</${t.name}`));
  sax.on('doctype', () => {
    throw new Error('doctype');
  });
  try {
    sax.write(doc).close();
  } catch {
    return 'refused';
  }
  return events;
}

/** A small seeded generator (mulberry32), so every run tries the same documents. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '<',
  '>',
  '/',
  '"',
  "'",
  '=',
  '&',
  ';',
  '!',
  '?',
  '-',
  ' ',
  '\n',
  ']]>',
  '&amp;',
  '&#x41;',
  '&lt;',
  '&bogus;',
  '<!--',
  '-->',
  '<![CDATA[',
  'x',
  'é',
  '\u0001',
  ':',
  '1',
];

function mutate(doc: string, next: () => number): string {
  // Leave the XML declaration alone: saxes checks its pseudo-attributes more closely than we need.
  const from = doc.indexOf('?>') + 2;
  let out = doc;
  const edits = 1 + Math.floor(next() * 3);
  for (let e = 0; e < edits; e++) {
    const at = from + Math.floor(next() * (out.length - from));
    const kind = next();
    const piece = PIECES[Math.floor(next() * PIECES.length)]!;
    if (kind < 0.35) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(next() * 3));
    else if (kind < 0.7) out = out.slice(0, at) + piece + out.slice(at);
    else out = out.slice(0, at) + piece + out.slice(at + 1);
  }
  return out;
}

describe('xml scanner', () => {
  it('reports the same tags and values as saxes on the fixture, in any chunking', () => {
    const expected = referee(small);
    expect(expected).not.toBe('refused');
    for (const chunk of [small.length, 4096, 97, 7, 1]) expect(ours(small, chunk)).toEqual(expected);
  });

  it('accepts and refuses exactly what saxes does, on 600 mutated documents', () => {
    const next = random(14);
    const disagreements: string[] = [];
    for (let n = 0; n < 600; n++) {
      const doc = mutate(small, next);
      const want = referee(doc);
      const got = ours(doc, 1 + Math.floor(next() * 600));
      if (JSON.stringify(want) !== JSON.stringify(got)) disagreements.push(doc);
    }
    expect(disagreements.slice(0, 1)).toEqual([]);
  }, 120_000);

  it('refuses what is not well-formed, with the line and column', () => {
    const fail = (doc: string) => {
      try {
        const s = new XmlScanner({ open() {}, close() {}, doctype() {} });
        s.write(doc);
        s.close();
      } catch (error) {
        if (error instanceof XmlSyntaxError) return `${error.line}:${error.column} ${error.reason}`;
        throw error;
      }
      return 'accepted';
    };
    expect(fail('<a>\n  <b></c>\n</a>')).toBe('2:9 unexpected close tag');
    expect(fail('<a x="1" x="2"/>')).toMatch(/duplicate attribute/);
    expect(fail('<a x="<"/>')).toMatch(/disallowed character/);
    expect(fail('<a>&nope;</a>')).toMatch(/undefined entity/);
    expect(fail('<a/><b/>')).toMatch(/only one root/);
    expect(fail('<a>')).toMatch(/unclosed tag: a/);
    expect(fail('text<a/>')).toMatch(/outside of root/);
    expect(fail('<a x="1"y="2"/>')).toMatch(/no whitespace between attributes/);
    expect(fail('<a><!-- a -- b --></a>')).toMatch(/malformed comment/);
    expect(fail('<a x=1/>')).toMatch(/unquoted attribute value/);
    expect(fail('<a>]]></a>')).toMatch(/]]>/);
    expect(fail('<a>\u0001</a>')).toMatch(/disallowed character/);
    expect(fail('<a x="&#0;"/>')).toMatch(/malformed character entity/);
    expect(fail('<a x="&#x1F600;&amp;&#65;"/>')).toBe('accepted');
    // Character references may have leading zeros (XML 1.0, 4.1).
    expect(fail('<a x="&#01114111;&#x0041;">&#0065;</a>')).toBe('accepted');
  });
});
