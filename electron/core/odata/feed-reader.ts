/**
 * Reads a query answer into rows: OData V2 JSON (`d.results`, `__count`, `__next`, or V1's bare
 * array, or one entity) and Atom XML (what C4C answers without `$format=json`). Cells are flattened
 * to text, numbers, booleans or null; an expanded navigation shows how many rows it holds.
 */
import { SaxesParser } from 'saxes';
import { CodedError } from '../../../shared/result';
import type { Cell, Row } from '../../../shared/contract/odata';

export interface Feed {
  rows: Row[];
  count: number | null;
  next: string | null;
}

const DATE = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/;

function cell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    // V2 JSON dates: "/Date(1714557600000)/" -> ISO, which people can read.
    const date = DATE.exec(value);
    return date ? new Date(Number(date[1])).toISOString() : value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('__deferred' in o) return null;
    if (Array.isArray(o.results)) return `[${o.results.length}]`;
    if (Array.isArray(value)) return `[${value.length}]`;
    return JSON.stringify(value).slice(0, 500);
  }
  return null;
}

function row(entity: unknown): Row {
  const out: Row = {};
  if (!entity || typeof entity !== 'object') return out;
  for (const [k, v] of Object.entries(entity as Record<string, unknown>)) {
    if (k === '__metadata') continue;
    out[k] = cell(v);
  }
  return out;
}

export function readJsonFeed(text: string): Feed {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CodedError('NOT_ODATA', 'The answer is not valid JSON. Check the query and try again.');
  }
  const d = (parsed as { d?: unknown } | null)?.d;
  if (d === undefined) throw new CodedError('NOT_ODATA', 'The answer is JSON but not OData V2 (no "d").');
  if (Array.isArray(d)) return { rows: d.map(row), count: null, next: null };
  const o = d as { results?: unknown; __count?: unknown; __next?: unknown };
  if (Array.isArray(o.results)) {
    const count = o.__count === undefined ? null : Number(o.__count);
    return {
      rows: o.results.map(row),
      count: count !== null && Number.isFinite(count) ? count : null,
      next: typeof o.__next === 'string' ? o.__next : null,
    };
  }
  return { rows: [row(d)], count: null, next: null };
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Atom: feed > entry > content > m:properties > d:* (or m:properties right in the entry). */
export function readAtomFeed(text: string): Feed {
  const sax = new SaxesParser({ xmlns: false, position: true });
  const feed: Feed = { rows: [], count: null, next: null };
  const stack: string[] = [];
  let inline = 0;
  let current: Row | null = null;
  let inProperties = false;
  let property: string | null = null;
  let complex: string | null = null;
  let hadChildren = false;
  let isNull = false;
  let inCount = false;
  let textBuf = '';

  sax.on('doctype', () => {
    throw new CodedError('NOT_ODATA', 'The answer holds a DTD, which OData never sends; it was not read.');
  });
  sax.on('opentag', (tag) => {
    const name = local(tag.name);
    const depth = stack.length;
    stack.push(name);
    if (depth === 0 && name !== 'feed' && name !== 'entry') {
      throw new CodedError('NOT_ODATA', `The answer is XML of type "${tag.name}", not an OData feed.`);
    }
    if (name === 'inline') inline++;
    if (inline > 0) return;
    if (name === 'entry') current = {};
    else if (name === 'count' && depth === 1) {
      inCount = true;
      textBuf = '';
    } else if (name === 'link' && depth === 1 && tag.attributes.rel === 'next')
      feed.next = tag.attributes.href ?? null;
    else if (name === 'properties' && current) inProperties = true;
    else if (inProperties) {
      if (property === null) {
        property = name;
        isNull = tag.attributes['m:null'] === 'true';
        hadChildren = false;
      } else {
        // One level of complex property: Address/Street.
        complex = `${property}/${name}`;
        hadChildren = true;
      }
      textBuf = '';
    }
  });
  sax.on('text', (t) => {
    if (property !== null || inCount) textBuf += t;
  });
  sax.on('cdata', (t) => {
    if (property !== null) textBuf += t;
  });
  sax.on('closetag', (tag) => {
    const name = local(tag.name);
    stack.pop();
    if (name === 'inline') {
      inline--;
      return;
    }
    if (inline > 0) return;
    if (inCount && name === 'count') {
      const n = Number(textBuf.trim());
      feed.count = textBuf.trim() && Number.isFinite(n) ? n : null;
      inCount = false;
    } else if (complex !== null && current) {
      current[complex] = textBuf;
      complex = null;
      textBuf = '';
    } else if (property !== null && name === property && current) {
      // A complex property has written its parts already.
      if (!hadChildren) current[property] = isNull ? null : textBuf;
      property = null;
    } else if (name === 'properties') inProperties = false;
    else if (name === 'entry' && current) {
      feed.rows.push(current);
      current = null;
    }
  });
  try {
    sax.write(text).close();
  } catch (error) {
    if (error instanceof CodedError) throw error;
    throw new CodedError(
      'NOT_ODATA',
      `The answer is not well-formed XML (line ${sax.line}, column ${sax.column}).`,
    );
  }
  return feed;
}
