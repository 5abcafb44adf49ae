/**
 * The query builder's state and the OData V2 URL it stands for, both ways: state -> URL for the live
 * preview, URL -> state when the user edits the URL by hand. Pure, so the renderer and the CLI
 * build the same URL. Anything the reader cannot map back is kept verbatim, never dropped.
 */
import { formatLiteral, type LiteralProblem } from './literals';

export const COMPARISONS = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'] as const;
export const FUNCTIONS = ['startswith', 'endswith', 'substringof'] as const;
export type FilterOperator = (typeof COMPARISONS)[number] | (typeof FUNCTIONS)[number];

export interface FilterRow {
  /** A property of the set, or "Navigation/Property". */
  property: string;
  operator: FilterOperator;
  /** As the user typed it; written as a literal of the property's EDM type. */
  value: string;
  /** How this row joins the one before it (ignored on the first row). */
  join: 'and' | 'or';
}

export interface OrderBy {
  property: string;
  direction: 'asc' | 'desc';
}

export interface QueryState {
  entitySet: string;
  select: string[];
  filters: FilterRow[];
  /** A hand-written $filter the rows cannot express; used as it is when set. */
  rawFilter: string | null;
  expand: string[];
  orderby: OrderBy[];
  top: number | null;
  skip: number | null;
  inlinecount: boolean;
  format: 'atom' | 'json';
  search: string;
  /** Query options the builder does not know, kept in order (e.g. sap-language). */
  extra: [string, string][];
}

export const emptyQuery = (entitySet = ''): QueryState => ({
  entitySet,
  select: [],
  filters: [],
  rawFilter: null,
  expand: [],
  orderby: [],
  top: null,
  skip: null,
  inlinecount: false,
  format: 'atom',
  search: '',
  extra: [],
});

/** The EDM type of a property path of the set, when the metadata knows it. */
export type TypeOf = (property: string) => string | undefined;

export interface RowProblem {
  row: number;
  reason: LiteralProblem;
}

function condition(row: FilterRow, typeOf: TypeOf): { text: string } | { reason: LiteralProblem } {
  const type = typeOf(row.property) ?? 'Edm.String';
  const isFunction = (FUNCTIONS as readonly string[]).includes(row.operator);
  // String functions take a string whatever the property's type.
  const literal = formatLiteral(isFunction ? 'Edm.String' : type, row.value);
  if (!literal.ok) return { reason: literal.reason };
  switch (row.operator) {
    case 'startswith':
    case 'endswith':
      return { text: `${row.operator}(${row.property},${literal.literal})` };
    case 'substringof':
      return { text: `substringof(${literal.literal},${row.property})` };
    default:
      return { text: `${row.property} ${row.operator} ${literal.literal}` };
  }
}

/** Rows joined by "or" form a group; groups are joined by "and" (OData: and binds tighter). */
export function groupRows(rows: FilterRow[]): number[][] {
  const groups: number[][] = [];
  rows.forEach((row, i) => {
    const last = groups[groups.length - 1];
    if (i > 0 && row.join === 'or' && last) last.push(i);
    else groups.push([i]);
  });
  return groups;
}

export function buildFilter(rows: FilterRow[], typeOf: TypeOf): { filter: string; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const texts = rows.map((row, i) => {
    const c = condition(row, typeOf);
    if ('reason' in c) {
      problems.push({ row: i, reason: c.reason });
      return null;
    }
    return c.text;
  });
  const groups = groupRows(rows)
    .map((g) => g.map((i) => texts[i]).filter((t): t is string => t != null))
    .filter((g) => g.length > 0);
  const filter = groups
    .map((g) => (g.length > 1 && groups.length > 1 ? `(${g.join(' or ')})` : g.join(' or ')))
    .join(' and ');
  return { filter, problems };
}

/** Query options in order: [name, value] with values not yet encoded. */
export function queryOptions(
  state: QueryState,
  typeOf: TypeOf,
): { options: [string, string][]; problems: RowProblem[] } {
  const options: [string, string][] = [];
  const { filter, problems } = buildFilter(state.filters, typeOf);
  if (state.select.length) options.push(['$select', state.select.join(',')]);
  const f = state.rawFilter ?? filter;
  if (f) options.push(['$filter', f]);
  if (state.expand.length) options.push(['$expand', state.expand.join(',')]);
  if (state.orderby.length)
    options.push([
      '$orderby',
      state.orderby.map((o) => (o.direction === 'desc' ? `${o.property} desc` : o.property)).join(','),
    ]);
  if (state.top !== null) options.push(['$top', String(state.top)]);
  if (state.skip !== null) options.push(['$skip', String(state.skip)]);
  if (state.inlinecount) options.push(['$inlinecount', 'allpages']);
  if (state.format === 'json') options.push(['$format', 'json']);
  // The term goes as typed, unquoted even with spaces, as SAP's guide shows
  // ($search=test user): https://github.com/SAP-archive/C4CODATAAPIDEVGUIDE/blob/master/README.md#search
  if (state.search.trim()) options.push(['$search', state.search.trim()]);
  options.push(...state.extra);
  return { options, problems };
}

/**
 * Percent-encodes a query value (RFC 3986), leaving the characters OData URLs are read by
 * (, / : @ $ ' ( )) readable; space, &, =, + and # stay encoded so the URL means one thing.
 */
export const encodeValue = (value: string): string =>
  encodeURIComponent(value).replace(/%(2C|2F|3A|40|24)/g, (m) => decodeURIComponent(m));

export function buildQueryString(state: QueryState, typeOf: TypeOf): string {
  return queryOptions(state, typeOf)
    .options.map(([k, v]) => `${encodeValue(k)}=${encodeValue(v)}`)
    .join('&');
}

export function buildUrl(serviceRoot: string, state: QueryState, typeOf: TypeOf): string {
  const qs = buildQueryString(state, typeOf);
  return `${serviceRoot.replace(/\/+$/, '')}/${encodeURIComponent(state.entitySet)}${qs ? `?${qs}` : ''}`;
}
