/**
 * What SAP Cloud for Customer's OData API does not do, as warnings next to the query (the URL is
 * still built: another OData service may accept it). Sources: the C4C OData API developer guide and
 * SAP KBA 2330688 (methods and filters in C4C OData services); issue 5.
 */
import { groupRows, type QueryState } from './query';

export type C4cWarningCode =
  /** Only startswith and endswith are supported as filter functions. */
  | 'FUNCTION_NOT_SUPPORTED'
  /** "or" joins conditions on the same property only. */
  | 'OR_ACROSS_PROPERTIES'
  /** A $filter on a property of an expanded navigation is not supported. */
  | 'FILTER_ON_EXPANDED'
  /** With $expand the server returns at most 100 rows per page; follow the next link. */
  | 'EXPAND_PAGE_SIZE'
  /** The metadata marks the property sap:filterable="false". */
  | 'NOT_FILTERABLE';

export interface C4cWarning {
  code: C4cWarningCode;
  /** The property concerned, when there is one. */
  property: string | null;
}

export function c4cWarnings(
  state: QueryState,
  isFilterable: (property: string) => boolean = () => true,
): C4cWarning[] {
  const warnings: C4cWarning[] = [];
  const seen = new Set<string>();
  const add = (code: C4cWarningCode, property: string | null) => {
    const key = `${code}:${property ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    warnings.push({ code, property });
  };
  for (const row of state.filters) {
    if (row.operator === 'substringof') add('FUNCTION_NOT_SUPPORTED', row.property);
    if (row.property.includes('/')) add('FILTER_ON_EXPANDED', row.property);
    else if (!isFilterable(row.property)) add('NOT_FILTERABLE', row.property);
  }
  for (const group of groupRows(state.filters)) {
    const properties = new Set(group.map((i) => state.filters[i]?.property));
    if (properties.size > 1) add('OR_ACROSS_PROPERTIES', null);
  }
  if (state.rawFilter) {
    if (/\bsubstringof\s*\(/i.test(state.rawFilter)) add('FUNCTION_NOT_SUPPORTED', null);
    if (/[A-Za-z_]\w*\/[A-Za-z_]\w*\s+(eq|ne|gt|ge|lt|le)\b/.test(state.rawFilter))
      add('FILTER_ON_EXPANDED', null);
  }
  if (state.expand.length > 0) add('EXPAND_PAGE_SIZE', null);
  return warnings;
}
