/**
 * The compact model of an OData V2 `$metadata` document (what the explorer, the query builder and
 * the hand-over need, nothing more), and the summaries the CLI and the IPC contract report.
 * Built by electron/core/odata/edmx-parser.ts; holds nothing secret.
 */
import { z } from 'zod';

export const EdmProperty = z.object({
  name: z.string(),
  /** EDM type as written, e.g. "Edm.String", "Edm.DateTimeOffset". */
  type: z.string(),
  nullable: z.boolean(),
  maxLength: z.number().nullable(),
  precision: z.number().nullable(),
  scale: z.number().nullable(),
  /** sap:label, in the language the document was asked for (sap-label=true + Accept-Language). */
  label: z.string().nullable(),
  /** sap:filterable / sap:creatable / sap:updatable; absent means true (SAP's default). */
  filterable: z.boolean(),
  creatable: z.boolean(),
  updatable: z.boolean(),
  /** c4c:value-help: the code list entity set that holds the allowed values. */
  valueHelp: z.string().nullable(),
});
export type EdmProperty = z.infer<typeof EdmProperty>;

export const NavigationProperty = z.object({
  name: z.string(),
  relationship: z.string(),
  fromRole: z.string(),
  toRole: z.string(),
});
export type NavigationProperty = z.infer<typeof NavigationProperty>;

export const EntityType = z.object({
  /** Qualified name, "c4codata.CorporateAccount". */
  qualifiedName: z.string(),
  name: z.string(),
  label: z.string().nullable(),
  keys: z.array(z.string()),
  properties: z.array(EdmProperty),
  navigationProperties: z.array(NavigationProperty),
});
export type EntityType = z.infer<typeof EntityType>;

export const AssociationEnd = z.object({
  role: z.string(),
  /** Qualified entity type name. */
  type: z.string(),
  multiplicity: z.string(),
});

export const Association = z.object({
  qualifiedName: z.string(),
  ends: z.array(AssociationEnd),
});
export type Association = z.infer<typeof Association>;

export const EntitySet = z.object({
  name: z.string(),
  /** Qualified entity type name. */
  entityType: z.string(),
  label: z.string().nullable(),
  creatable: z.boolean(),
  updatable: z.boolean(),
  deletable: z.boolean(),
});
export type EntitySet = z.infer<typeof EntitySet>;

export const FunctionImportParameter = z.object({
  name: z.string(),
  type: z.string(),
  mode: z.string().nullable(),
});

export const FunctionImport = z.object({
  name: z.string(),
  returnType: z.string().nullable(),
  entitySet: z.string().nullable(),
  httpMethod: z.string().nullable(),
  parameters: z.array(FunctionImportParameter),
});
export type FunctionImport = z.infer<typeof FunctionImport>;

export interface MetadataModel {
  dataServiceVersion: string | null;
  /** The schema namespaces in document order (C4C: "c4codata"). */
  namespaces: string[];
  entityContainer: string | null;
  entitySets: EntitySet[];
  entityTypes: EntityType[];
  associations: Association[];
  functionImports: FunctionImport[];
}

/** The counts of `c4c-connect edmx summary --json` (without `ok` and `ms`). */
export const MetadataCounts = z.object({
  entitySets: z.number(),
  entityTypes: z.number(),
  properties: z.number(),
  navigationProperties: z.number(),
  associations: z.number(),
  functionImports: z.number(),
});
export type MetadataCounts = z.infer<typeof MetadataCounts>;

export function countModel(model: MetadataModel): MetadataCounts {
  let properties = 0;
  let navigationProperties = 0;
  for (const t of model.entityTypes) {
    properties += t.properties.length;
    navigationProperties += t.navigationProperties.length;
  }
  return {
    entitySets: model.entitySets.length,
    entityTypes: model.entityTypes.length,
    properties,
    navigationProperties,
    associations: model.associations.length,
    functionImports: model.functionImports.length,
  };
}

/** One row of the explorer's list: small, so 800 of them cross IPC at once. */
export const EntitySetRow = z.object({
  name: z.string(),
  label: z.string().nullable(),
  entityType: z.string(),
  properties: z.number(),
});
export type EntitySetRow = z.infer<typeof EntitySetRow>;

/** A navigation property with where it leads, resolved through its association. */
export const ResolvedNavigation = NavigationProperty.extend({
  targetType: z.string().nullable(),
  /** The entity set of the target type, when the container has exactly one. */
  targetSet: z.string().nullable(),
  multiplicity: z.string().nullable(),
});
export type ResolvedNavigation = z.infer<typeof ResolvedNavigation>;

/** Everything the explorer and the query builder show about one entity set. */
export const EntitySetDetail = z.object({
  set: EntitySet,
  type: EntityType.omit({ navigationProperties: true }),
  navigation: z.array(ResolvedNavigation),
  functionImports: z.array(FunctionImport),
});
export type EntitySetDetail = z.infer<typeof EntitySetDetail>;
