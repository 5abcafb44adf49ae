/**
 * OData V2 answers as C4C sends them: Atom XML by default, JSON (`{ d: ... }`) with $format=json.
 */
import { xmlEscape } from './metadata';
import type { EntitySetDef, PropertyDef, Row, ServiceDef, Value } from './model';

export type Format = 'atom' | 'json';

const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  m: 'http://schemas.microsoft.com/ado/2007/08/dataservices/metadata',
  d: 'http://schemas.microsoft.com/ado/2007/08/dataservices',
  scheme: 'http://schemas.microsoft.com/ado/2007/08/dataservices/scheme',
  related: 'http://schemas.microsoft.com/ado/2007/08/dataservices/related/',
};

/** Rows of an entity set reached by navigation, for $expand. */
export type Expander = (
  set: EntitySetDef,
  row: Row,
  navigation: string,
) => { set: EntitySetDef; rows: Row[]; many: boolean };

export interface Page {
  set: EntitySetDef;
  rows: Row[];
  select: string[];
  expand: string[];
  count: number | null;
  nextUrl: string | null;
}

const keyPath = (set: EntitySetDef, row: Row) => `${set.name}('${String(row.ObjectID ?? '')}')`;

function jsonValue(def: PropertyDef, value: Value): Value {
  if (value === null) return null;
  if (def.type === 'Edm.DateTimeOffset') return `/Date(${new Date(String(value)).getTime()})/`;
  if (def.type === 'Edm.Decimal') return String(value);
  return value;
}

function jsonEntity(
  service: ServiceDef,
  base: string,
  set: EntitySetDef,
  row: Row,
  select: string[],
  expand: string[],
  expander: Expander,
): Record<string, unknown> {
  const uri = base + keyPath(set, row);
  const out: Record<string, unknown> = { __metadata: { uri, type: `${service.namespace}.${set.typeName}` } };
  for (const p of set.properties)
    if (select.includes(p.name)) out[p.name] = jsonValue(p, row[p.name] ?? null);
  for (const n of set.navigations) {
    if (expand.includes(n.name)) {
      const related = expander(set, row, n.name);
      const entities = related.rows.map((r) =>
        jsonEntity(
          service,
          base,
          related.set,
          r,
          related.set.properties.map((p) => p.name),
          [],
          expander,
        ),
      );
      out[n.name] = related.many ? { results: entities } : (entities[0] ?? null);
    } else if (select.length === set.properties.length || select.includes(n.name)) {
      out[n.name] = { __deferred: { uri: `${uri}/${n.name}` } };
    }
  }
  return out;
}

export function jsonFeed(service: ServiceDef, base: string, page: Page, expander: Expander): string {
  const d: Record<string, unknown> = {
    results: page.rows.map((row) =>
      jsonEntity(service, base, page.set, row, page.select, page.expand, expander),
    ),
  };
  if (page.count !== null) d.__count = String(page.count);
  if (page.nextUrl) d.__next = page.nextUrl;
  return JSON.stringify({ d });
}

export function jsonSingle(
  service: ServiceDef,
  base: string,
  set: EntitySetDef,
  row: Row,
  select: string[],
  expand: string[],
  expander: Expander,
): string {
  return JSON.stringify({ d: jsonEntity(service, base, set, row, select, expand, expander) });
}

function atomValue(def: PropertyDef, value: Value): string {
  const type = def.type === 'Edm.String' ? '' : ` m:type="${def.type}"`;
  if (value === null) return `<d:${def.name}${type} m:null="true"/>`;
  const text =
    def.type === 'Edm.DateTimeOffset'
      ? new Date(String(value)).toISOString().replace('.000Z', 'Z')
      : String(value);
  return `<d:${def.name}${type}>${xmlEscape(text)}</d:${def.name}>`;
}

function atomEntry(
  service: ServiceDef,
  base: string,
  set: EntitySetDef,
  row: Row,
  select: string[],
  expand: string[],
  expander: Expander,
  updated: string,
): string {
  const path = keyPath(set, row);
  const links = set.navigations
    .filter(
      (n) => select.length === set.properties.length || select.includes(n.name) || expand.includes(n.name),
    )
    .map((n) => {
      const type = `application/atom+xml;type=${n.many ? 'feed' : 'entry'}`;
      const head = `<link href="${xmlEscape(path)}/${n.name}" rel="${NS.related}${n.name}" type="${type}" title="${n.name}"`;
      if (!expand.includes(n.name)) return `${head}/>`;
      const related = expander(set, row, n.name);
      const all = related.set.properties.map((p) => p.name);
      const entries = related.rows.map((r) =>
        atomEntry(service, base, related.set, r, all, [], expander, updated),
      );
      const inline = n.many
        ? `<feed><id>${xmlEscape(base + path)}/${n.name}</id><title type="text">${n.name}</title><updated>${updated}</updated>${entries.join('')}</feed>`
        : (entries[0] ?? '');
      return `${head}><m:inline>${inline}</m:inline></link>`;
    });
  const props = set.properties
    .filter((p) => select.includes(p.name))
    .map((p) => atomValue(p, row[p.name] ?? null));
  return [
    '<entry>',
    `<id>${xmlEscape(base + path)}</id>`,
    `<title type="text">${xmlEscape(path)}</title>`,
    `<updated>${updated}</updated>`,
    `<category term="${service.namespace}.${set.typeName}" scheme="${NS.scheme}"/>`,
    `<link href="${xmlEscape(path)}" rel="edit" title="${set.typeName}"/>`,
    ...links,
    `<content type="application/xml"><m:properties>${props.join('')}</m:properties></content>`,
    '</entry>',
  ].join('');
}

const root = (name: string, base: string) =>
  `<?xml version="1.0" encoding="utf-8"?><${name} xml:base="${xmlEscape(base)}" xmlns="${NS.atom}" xmlns:m="${NS.m}" xmlns:d="${NS.d}">`;

export function atomFeed(service: ServiceDef, base: string, page: Page, expander: Expander): string {
  const updated = new Date().toISOString();
  return [
    root('feed', base),
    `<id>${xmlEscape(base + page.set.name)}</id>`,
    `<title type="text">${page.set.name}</title>`,
    `<updated>${updated}</updated>`,
    '<author><name/></author>',
    `<link href="${page.set.name}" rel="self" title="${page.set.name}"/>`,
    page.count !== null ? `<m:count>${page.count}</m:count>` : '',
    ...page.rows.map((row) =>
      atomEntry(service, base, page.set, row, page.select, page.expand, expander, updated),
    ),
    page.nextUrl ? `<link href="${xmlEscape(page.nextUrl)}" rel="next"/>` : '',
    '</feed>',
  ].join('');
}

export function atomSingle(
  service: ServiceDef,
  base: string,
  set: EntitySetDef,
  row: Row,
  select: string[],
  expand: string[],
  expander: Expander,
): string {
  const entry = atomEntry(service, base, set, row, select, expand, expander, new Date().toISOString());
  return root('entry', base) + entry.slice('<entry>'.length);
}

export function serviceDocument(service: ServiceDef, base: string, format: Format): string {
  const names = service.entitySets.map((s) => s.name);
  if (format === 'json') return JSON.stringify({ d: { EntitySets: names } });
  return [
    `<?xml version="1.0" encoding="utf-8"?><service xml:base="${xmlEscape(base)}" xmlns="http://www.w3.org/2007/app" xmlns:atom="${NS.atom}">`,
    '<workspace><atom:title type="text">Data</atom:title>',
    ...names.map((n) => `<collection href="${n}"><atom:title type="text">${n}</atom:title></collection>`),
    '</workspace></service>',
  ].join('');
}

export function errorBody(code: string, message: string, format: Format): string {
  if (format === 'json') return JSON.stringify({ error: { code, message: { lang: 'en', value: message } } });
  return `<?xml version="1.0" encoding="utf-8"?><error xmlns="${NS.m}"><code>${xmlEscape(code)}</code><message xml:lang="en">${xmlEscape(message)}</message></error>`;
}
