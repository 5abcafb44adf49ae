/**
 * IPC for the metadata explorer, the query builder and the hand-over to Cloud Integration.
 * The model of a big `$metadata` stays in main: the renderer gets the summary, the list of sets
 * (small rows) and one set's detail at a time, so 800 sets never cross IPC as one 30 MB object.
 */
import { z } from 'zod';
import { EntitySetDetail, EntitySetRow, FunctionImport, MetadataCounts } from '../domain/odata';
import { channel } from './define';
import { RecordId } from '../domain/safe-text';

const ConnectionId = RecordId(100);
const Name = z.string().min(1).max(128);

export const MetadataSummary = z.object({
  connectionId: z.string(),
  serviceRoot: z.string(),
  /** The path asked for, e.g. "$metadata?sap-label=true&$filter=Contact". */
  path: z.string(),
  bytes: z.number(),
  downloadMs: z.number(),
  parseMs: z.number(),
  counts: MetadataCounts,
  downloadedAt: z.string(),
  language: z.string().nullable(),
});
export type MetadataSummary = z.infer<typeof MetadataSummary>;

export const DownloadState = z.object({
  state: z.enum(['idle', 'downloading', 'parsing', 'done', 'failed', 'cancelled']),
  bytes: z.number(),
  total: z.number().nullable(),
});
export type DownloadState = z.infer<typeof DownloadState>;

export const Cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type Cell = z.infer<typeof Cell>;
export const Row = z.record(z.string(), Cell);
export type Row = z.infer<typeof Row>;

const FilterRowSchema = z.object({
  property: z.string().max(256),
  operator: z.enum(['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'startswith', 'endswith', 'substringof']),
  value: z.string().max(2000),
  join: z.enum(['and', 'or']),
});

/** The builder's state (shared/odata/query.ts), for callers that send state instead of a URL. */
export const QueryStateSchema = z.object({
  entitySet: Name,
  select: z.array(z.string().max(256)).max(500),
  filters: z.array(FilterRowSchema).max(100),
  rawFilter: z.string().max(8000).nullable(),
  expand: z.array(z.string().max(256)).max(50),
  orderby: z.array(z.object({ property: z.string().max(256), direction: z.enum(['asc', 'desc']) })).max(20),
  top: z.number().int().min(0).nullable(),
  skip: z.number().int().min(0).nullable(),
  inlinecount: z.boolean(),
  format: z.enum(['atom', 'json']),
  search: z.string().max(1000),
  extra: z.array(z.tuple([z.string().max(100), z.string().max(2000)])).max(20),
});

export const QueryResult = z.object({
  url: z.string(),
  status: z.number(),
  format: z.enum(['json', 'atom']),
  columns: z.array(z.string()),
  rows: z.array(Row),
  /** Rows on this page before the cap; `rows` holds at most QUERY_ROW_CAP of them. */
  rowCount: z.number(),
  rowsTruncated: z.boolean(),
  /** $inlinecount's total, when asked for. */
  count: z.number().nullable(),
  /** The next page (absolute URL under the service root), from __next or the Atom next link. */
  next: z.string().nullable(),
  ms: z.number(),
  bytes: z.number(),
  raw: z.string(),
  rawTruncated: z.boolean(),
});
export type QueryResult = z.infer<typeof QueryResult>;

export const QUERY_ROW_CAP = 5000;
export const RAW_TEXT_CAP = 512 * 1024;

export const HandoverFieldKey = z.enum([
  'address',
  'proxyType',
  'authentication',
  'privateKeyAlias',
  'credentialName',
  'csrfProtected',
  'resourcePath',
  'queryOptions',
  'pageSize',
  'edmx',
]);
export type HandoverFieldKey = z.infer<typeof HandoverFieldKey>;

export const Handover = z.object({
  connectionName: z.string(),
  fields: z.array(
    z.object({
      key: HandoverFieldKey,
      /** The OData receiver adapter's own field name, as Cloud Integration shows it. */
      label: z.string(),
      value: z.string(),
      /** Why this value, in the language asked for (shared/messages). */
      note: z.string(),
    }),
  ),
  /** Notes on what was left out (query options the adapter does not take), already in the note of their field. */
  notes: z.array(z.string()).default([]),
  /** The text file of handover:export. */
  text: z.string(),
  /**
   * The arrangement's other services: each gets its own receiver adapter, with its own Address and
   * otherwise the same values (the fields above are for the first service).
   */
  otherServices: z.array(z.object({ name: z.string(), address: z.string() })).default([]),
});
export type Handover = z.infer<typeof Handover>;

const HandoverRequest = z.strictObject({
  connectionId: ConnectionId,
  /** The query URL of the builder (resource path and query options come from it). */
  url: z.string().max(8000).optional(),
  /** The language of the notes and the text export. */
  language: z.enum(['en', 'de']).optional(),
});

const Saved = z.object({ saved: z.boolean(), file: z.string().nullable() });

export const odataContract = {
  'metadata:download': channel(
    z.strictObject({
      connectionId: ConnectionId,
      language: z.string().max(20).optional(),
    }),
    MetadataSummary,
  ),
  'metadata:progress': channel(z.strictObject({ connectionId: ConnectionId }), DownloadState),
  'metadata:cancel': channel(
    z.strictObject({ connectionId: ConnectionId }),
    z.object({ cancelled: z.boolean() }),
  ),
  'metadata:summary': channel(z.strictObject({ connectionId: ConnectionId }), MetadataSummary.nullable()),
  'metadata:save': channel(
    z.strictObject({ connectionId: ConnectionId, language: z.enum(['en', 'de']).optional() }),
    Saved,
  ),
  'metadata:sets': channel(
    z.strictObject({ connectionId: ConnectionId }),
    z.object({ sets: z.array(EntitySetRow), functionImports: z.array(FunctionImport) }),
  ),
  'metadata:entity-set': channel(z.strictObject({ connectionId: ConnectionId, name: Name }), EntitySetDetail),
  'query:run': channel(
    z.union([
      z.strictObject({ connectionId: ConnectionId, url: z.string().min(1).max(8000) }),
      z.strictObject({ connectionId: ConnectionId, state: QueryStateSchema }),
    ]),
    QueryResult,
  ),
  'handover:get': channel(HandoverRequest, Handover),
  'handover:export': channel(HandoverRequest, Saved),
};
