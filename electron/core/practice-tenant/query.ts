/**
 * The OData V2 query options the practice tenant understands, applied to in-memory rows:
 * $filter (eq, ne, gt, ge, lt, le, and, or, not, parentheses, startswith, endswith, substringof),
 * $orderby, $select, $top, $skip, $skiptoken (server paging) and $inlinecount.
 */
import type { EntitySetDef, Row, Value } from './model';

/** A query the tenant cannot answer; becomes HTTP 400 with an OData error. */
export class QueryError extends Error {
  override name = 'QueryError';
}

type Expr =
  | { kind: 'literal'; value: Value }
  | { kind: 'property'; name: string }
  | { kind: 'call'; name: string; args: Expr[] }
  | { kind: 'binary'; op: string; left: Expr; right: Expr }
  | { kind: 'not'; operand: Expr };

const TOKEN =
  /\s*(?:(\()|(\))|(,)|'((?:[^']|'')*)'|(datetime(?:offset)?'[^']*')|(-?\d+(?:\.\d+)?[mMdDlLfF]?)\b|([A-Za-z_][A-Za-z0-9_/]*))/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) throw new QueryError(`The $filter cannot be read near "${text.slice(at, at + 20)}".`);
    const [, open, close, comma, quoted, dated, num, word] = m;
    if (open) tokens.push('(');
    else if (close) tokens.push(')');
    else if (comma) tokens.push(',');
    else if (quoted !== undefined) tokens.push(`'${quoted.replace(/''/g, "'")}`);
    else if (dated) tokens.push(`'${new Date(/'([^']*)'/.exec(dated)?.[1] ?? '').toISOString()}`);
    else if (num) tokens.push(`#${num.replace(/[mMdDlLfF]$/, '')}`);
    else if (word) tokens.push(word);
  }
  return tokens;
}

function parseFilter(text: string): Expr {
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i];
  const next = () => {
    const token = tokens[i++];
    if (token === undefined) throw new QueryError('The $filter ends too early.');
    return token;
  };
  const expect = (token: string) => {
    if (next() !== token) throw new QueryError(`The $filter needs "${token}" at position ${i}.`);
  };
  const primary = (): Expr => {
    const token = next();
    if (token === '(') {
      const inner = or();
      expect(')');
      return inner;
    }
    if (token === 'not') return { kind: 'not', operand: primary() };
    if (token.startsWith("'")) return { kind: 'literal', value: token.slice(1) };
    if (token.startsWith('#')) return { kind: 'literal', value: Number(token.slice(1)) };
    if (token === 'true' || token === 'false') return { kind: 'literal', value: token === 'true' };
    if (token === 'null') return { kind: 'literal', value: null };
    if (peek() === '(') {
      next();
      const args: Expr[] = [];
      while (peek() !== ')') {
        args.push(or());
        if (peek() === ',') next();
      }
      next();
      return { kind: 'call', name: token.toLowerCase(), args };
    }
    return { kind: 'property', name: token };
  };
  const comparison = (): Expr => {
    const left = primary();
    const op = peek();
    if (op && ['eq', 'ne', 'gt', 'ge', 'lt', 'le'].includes(op)) {
      next();
      return { kind: 'binary', op, left, right: primary() };
    }
    return left;
  };
  const and = (): Expr => {
    let left = comparison();
    while (peek() === 'and') {
      next();
      left = { kind: 'binary', op: 'and', left, right: comparison() };
    }
    return left;
  };
  const or = (): Expr => {
    let left = and();
    while (peek() === 'or') {
      next();
      left = { kind: 'binary', op: 'or', left, right: and() };
    }
    return left;
  };
  const expr = or();
  if (i < tokens.length) throw new QueryError(`The $filter has an unexpected "${tokens[i] ?? ''}".`);
  return expr;
}

function compare(a: Value, b: Value): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  if (typeof a === 'number' || typeof b === 'number') return Number(a) - Number(b);
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function evaluate(expr: Expr, row: Row, set: EntitySetDef): Value {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'property': {
      const def = set.properties.find((p) => p.name === expr.name);
      if (!def) throw new QueryError(`Property ${expr.name} is not part of ${set.typeName}.`);
      const value = row[expr.name] ?? null;
      return def.type === 'Edm.Decimal' && value !== null ? Number(value) : value;
    }
    case 'not':
      return !evaluate(expr.operand, row, set);
    case 'call': {
      const args = expr.args.map((a) => String(evaluate(a, row, set) ?? ''));
      const [first = '', second = ''] = args;
      if (expr.name === 'startswith') return first.startsWith(second);
      if (expr.name === 'endswith') return first.endsWith(second);
      if (expr.name === 'substringof') return second.includes(first);
      if (expr.name === 'tolower') return first.toLowerCase();
      if (expr.name === 'toupper') return first.toUpperCase();
      throw new QueryError(`The function ${expr.name} is not supported by the practice tenant.`);
    }
    case 'binary': {
      if (expr.op === 'and')
        return Boolean(evaluate(expr.left, row, set)) && Boolean(evaluate(expr.right, row, set));
      if (expr.op === 'or')
        return Boolean(evaluate(expr.left, row, set)) || Boolean(evaluate(expr.right, row, set));
      const c = compare(evaluate(expr.left, row, set), evaluate(expr.right, row, set));
      const results: Record<string, boolean> = {
        eq: c === 0,
        ne: c !== 0,
        gt: c > 0,
        ge: c >= 0,
        lt: c < 0,
        le: c <= 0,
      };
      return results[expr.op] ?? false;
    }
  }
}

export interface QueryOptions {
  filter?: string;
  orderby?: string;
  select?: string;
  top?: string;
  skip?: string;
  skiptoken?: string;
  inlinecount?: string;
}

export interface QueryResult {
  rows: Row[];
  /** Set with $inlinecount=allpages: rows matching the filter before paging. */
  count: number | null;
  /** The next server page, when the server cut the answer short: its offset and what is left of $top. */
  next: { skiptoken: number; top: number | null } | null;
  /** Properties to return (all when $select is absent). */
  select: string[];
}

const count = (value: string | undefined, option: string): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new QueryError(`${option} must be a whole number, not "${value}".`);
  return Number(value);
};

export function runQuery(set: EntitySetDef, options: QueryOptions, pageSize: number): QueryResult {
  let rows = set.rows;
  if (options.filter) {
    const expr = parseFilter(options.filter);
    rows = rows.filter((row) => Boolean(evaluate(expr, row, set)));
  }
  if (options.orderby) {
    const keys = options.orderby.split(',').map((part) => {
      const [name = '', direction = 'asc'] = part.trim().split(/\s+/);
      if (!set.properties.some((p) => p.name === name)) {
        throw new QueryError(`Property ${name} in $orderby is not part of ${set.typeName}.`);
      }
      return { name, sign: direction.toLowerCase() === 'desc' ? -1 : 1 };
    });
    rows = [...rows].sort((a, b) => {
      for (const key of keys) {
        const c = compare(a[key.name] ?? null, b[key.name] ?? null);
        if (c !== 0) return c * key.sign;
      }
      return 0;
    });
  }
  const select = options.select
    ? options.select.split(',').map((name) => name.trim())
    : set.properties.map((p) => p.name);
  for (const name of select) {
    if (
      name !== '*' &&
      !set.properties.some((p) => p.name === name) &&
      !set.navigations.some((n) => n.name === name)
    ) {
      throw new QueryError(`Property ${name} in $select is not part of ${set.typeName}.`);
    }
  }
  const total = rows.length;
  const skip = (count(options.skip, '$skip') ?? 0) + (count(options.skiptoken, '$skiptoken') ?? 0);
  const top = count(options.top, '$top');
  const wanted = top === undefined ? total - skip : Math.min(top, Math.max(total - skip, 0));
  const served = Math.min(wanted, pageSize);
  const page = rows.slice(skip, skip + served);
  return {
    rows: page,
    count: options.inlinecount === 'allpages' ? total : null,
    next:
      served < wanted ? { skiptoken: skip + served, top: top === undefined ? null : wanted - served } : null,
    select: select.includes('*') ? set.properties.map((p) => p.name) : select,
  };
}
