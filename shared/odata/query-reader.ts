/**
 * Reads a hand-edited OData URL back into the builder's state. What cannot be mapped is kept: an
 * unreadable $filter stays as `rawFilter`, unknown options go to `extra`.
 */
import { CodedError } from '../result';
import { readLiteral } from './literals';
import { COMPARISONS, emptyQuery, type FilterOperator, type FilterRow, type QueryState } from './query';

type Token = { kind: 'open' | 'close' | 'comma' } | { kind: 'word'; text: string };

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: c === '(' ? 'open' : c === ')' ? 'close' : 'comma' });
      i++;
    } else {
      // A word, which may carry a quoted part (a literal: 'x', datetime'…'); '' inside is a quote.
      let j = i;
      while (j < text.length && !/[\s(),']/.test(text.charAt(j))) j++;
      if (text.charAt(j) === "'") {
        j++;
        for (;;) {
          if (j >= text.length) return null;
          if (text.charAt(j) === "'") {
            if (text.charAt(j + 1) === "'") j += 2;
            else break;
          } else j++;
        }
        j++;
      }
      tokens.push({ kind: 'word', text: text.slice(i, j) });
      i = j;
    }
  }
  return tokens;
}

const PATH = /^[A-Za-z_][\w.]*(\/[A-Za-z_][\w.]*)*$/;

/** Parses "and of or-groups" filters (what the builder writes) into rows; null otherwise. */
export function parseFilter(filter: string): FilterRow[] | null {
  const tokens = tokenize(filter);
  if (!tokens || tokens.length === 0) return null;
  let pos = 0;
  const peekWord = (offset = 0): string | null => {
    const t = tokens[pos + offset];
    return t?.kind === 'word' ? t.text : null;
  };
  const is = (kind: Token['kind'], offset = 0) => tokens[pos + offset]?.kind === kind;

  const cond = (join: 'and' | 'or'): FilterRow | null => {
    const first = peekWord();
    if (first === null) return null;
    const fn = first.toLowerCase();
    if ((fn === 'startswith' || fn === 'endswith' || fn === 'substringof') && is('open', 1)) {
      const a = peekWord(2);
      const b = peekWord(4);
      if (a === null || b === null || !is('comma', 3) || !is('close', 5)) return null;
      pos += 6;
      // V2 writes "startswith(P,'x') eq true"; accept it, and the bare form C4C documents.
      if (peekWord()?.toLowerCase() === 'eq' && peekWord(1) === 'true') pos += 2;
      const [property, literal] = fn === 'substringof' ? [b, a] : [a, b];
      const value = readLiteral(literal);
      if (!PATH.test(property) || value === null) return null;
      return { property, operator: fn, value, join };
    }
    const op = peekWord(1)?.toLowerCase();
    const literal = peekWord(2);
    if (!PATH.test(first) || !op || literal === null) return null;
    if (!(COMPARISONS as readonly string[]).includes(op)) return null;
    const value = readLiteral(literal);
    if (value === null) return null;
    pos += 3;
    return { property: first, operator: op as FilterOperator, value, join };
  };

  const rows: FilterRow[] = [];
  let groups = 0;
  let bareOr = false;
  for (;;) {
    groups++;
    const parenthesised = is('open');
    if (parenthesised) pos++;
    const first = cond('and');
    if (!first) return null;
    rows.push(first);
    let size = 1;
    while (peekWord()?.toLowerCase() === 'or') {
      pos++;
      const next = cond('or');
      if (!next) return null;
      rows.push(next);
      size++;
    }
    if (parenthesised) {
      if (!is('close')) return null;
      pos++;
    } else if (size > 1) bareOr = true;
    if (pos >= tokens.length) break;
    if (peekWord()?.toLowerCase() !== 'and') return null;
    pos++;
  }
  // "a or b and c" means "a or (b and c)": rows cannot say that, keep the text instead.
  if (bareOr && groups > 1) return null;
  return rows;
}

/** A malformed % escape is the user's input, not a fault of the app: a coded error (issue 9). */
function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new CodedError(
      'BAD_INPUT',
      'The address holds a "%" that is not followed by two hexadecimal digits. Write "%25" for a percent sign.',
    );
  }
}

const int = (v: string): number | null => (/^\d+$/.test(v) ? Number(v) : null);

/** Reads a URL (absolute, or relative to the service root) into builder state. */
export function parseUrl(url: string, serviceRoot = ''): QueryState {
  const [rawPath = '', ...rest] = url.trim().split('?');
  const query = rest.join('?');
  const root = serviceRoot.replace(/\/+$/, '');
  let path = root && rawPath.startsWith(root) ? rawPath.slice(root.length) : rawPath;
  path = path.replace(/^\/+|\/+$/g, '');
  const state = emptyQuery(decode(path.split('/').pop() ?? ''));
  if (!query) return state;
  for (const part of query.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = decode(eq < 0 ? part : part.slice(0, eq));
    let value: string;
    try {
      value = decodeURIComponent(eq < 0 ? '' : part.slice(eq + 1));
    } catch {
      value = part.slice(eq + 1);
    }
    const list = () =>
      value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    switch (key) {
      case '$select':
        state.select = list();
        break;
      case '$expand':
        state.expand = list();
        break;
      case '$orderby':
        state.orderby = list().map((item) => {
          const [property = '', direction] = item.split(/\s+/);
          return { property, direction: direction?.toLowerCase() === 'desc' ? 'desc' : 'asc' };
        });
        break;
      case '$filter': {
        const rows = parseFilter(value);
        if (rows) state.filters = rows;
        else state.rawFilter = value;
        break;
      }
      case '$top':
      case '$skip': {
        const n = int(value);
        if (n === null) state.extra.push([key, value]);
        else if (key === '$top') state.top = n;
        else state.skip = n;
        break;
      }
      case '$inlinecount':
        if (value === 'allpages') state.inlinecount = true;
        else state.extra.push([key, value]);
        break;
      case '$format':
        if (value === 'json') state.format = 'json';
        else if (value !== 'atom' && value !== 'xml') state.extra.push([key, value]);
        break;
      case '$search':
        state.search = readLiteral(value) ?? value;
        break;
      default:
        state.extra.push([key, value]);
    }
  }
  return state;
}
