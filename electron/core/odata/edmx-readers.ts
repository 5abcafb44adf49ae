/**
 * What the $metadata parser (edmx-parser.ts) reads from a Property or EntitySet start tag, with the
 * attribute names spelled with the prefixes the document itself declares for SAP's and C4C's
 * annotation namespaces.
 */
import type { EdmProperty, EntitySet } from '../../../shared/domain/odata';
import type { TagAttributes } from './xml-scanner';

export const keysFor = (sap: string, c4c: string, m: string) => ({
  sap,
  c4c,
  m,
  label: `${sap}label`,
  filterable: `${sap}filterable`,
  creatable: `${sap}creatable`,
  updatable: `${sap}updatable`,
  deletable: `${sap}deletable`,
  valueHelp: `${c4c}value-help`,
  httpMethod: `${m}HttpMethod`,
  dataServiceVersion: `${m}DataServiceVersion`,
});

export type AttributeKeys = ReturnType<typeof keysFor>;

/** A tag or attribute name without its namespace prefix. */
export const local = (name: string): string => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

// sap:* booleans default to true when absent (SAP annotation spec): only "false" is false.
// Read in the order SAP writes the attributes (Name, Type, facets, sap:creatable, sap:updatable,
// sap:filterable, sap:label, c4c:value-help): each lookup then starts where the attribute is.
export function readProperty(a: TagAttributes, k: AttributeKeys): EdmProperty {
  const name = a.get('Name') ?? '';
  const type = a.get('Type') ?? '';
  const nullable = !a.equals('Nullable', 'false');
  const maxLength = a.int('MaxLength');
  const precision = a.int('Precision');
  const scale = a.int('Scale');
  const creatable = !a.equals(k.creatable, 'false');
  const updatable = !a.equals(k.updatable, 'false');
  const filterable = !a.equals(k.filterable, 'false');
  const label = a.get(k.label) ?? null;
  const valueHelp = a.get(k.valueHelp) ?? null;
  return {
    name,
    type,
    nullable,
    maxLength,
    precision,
    scale,
    label,
    filterable,
    creatable,
    updatable,
    valueHelp,
  };
}

export function readEntitySet(a: TagAttributes, k: AttributeKeys): EntitySet {
  return {
    name: a.get('Name') ?? '',
    entityType: a.get('EntityType') ?? '',
    label: a.get(k.label) ?? null,
    creatable: !a.equals(k.creatable, 'false'),
    updatable: !a.equals(k.updatable, 'false'),
    deletable: !a.equals(k.deletable, 'false'),
  };
}
