/**
 * The metadata explorer's and query runner's state in main: one downloaded `$metadata` per
 * connection (bytes for saving, the parsed model for lookups), downloads in flight with their
 * progress and Cancel. The renderer asks for small pieces; the model never crosses IPC whole.
 */
import { performance } from 'node:perf_hooks';
import type { DownloadState, MetadataSummary, QueryResult } from '../../../shared/contract/odata';
import type { Connection } from '../../../shared/domain/connection';
import { countModel, type MetadataModel } from '../../../shared/domain/odata';
import type { Lang } from '../../../shared/messages/say';
import { buildHandover } from '../../../shared/odata/handover';
import { buildUrl, type QueryState } from '../../../shared/odata/query';
import { parseUrl } from '../../../shared/odata/query-reader';
import { CodedError } from '../../../shared/result';
import { createTenantClient, type TenantClient } from '../connection/tenant-client';
import type { TenantTarget } from '../connection/target';
import {
  loadConnection,
  serviceRootOf,
  serviceRootsOf,
  targetOf,
  type ConnectionSources,
} from './connection-target';
import { downloadMetadata } from './download';
import { parseEdmx } from './edmx-parser';
import { httpGetFromTenantClient } from './http';
import { MetadataIndex } from './metadata-index';
import { runQuery } from './query-run';

export interface ODataServiceOptions extends ConnectionSources {
  /** Parses off the main thread in the app (the core worker); in-thread by default. */
  parse?: (bytes: Buffer) => Promise<MetadataModel>;
  openClient?: (target: TenantTarget) => TenantClient;
  now?: () => Date;
}

interface Loaded {
  summary: MetadataSummary;
  bytes: Buffer;
  index: MetadataIndex;
}

interface InFlight {
  controller: AbortController;
  progress: DownloadState;
}

const noMetadata = () =>
  new CodedError('NOT_FOUND', 'No metadata is loaded for this connection yet. Download it first.');

export class ODataService {
  private readonly loaded = new Map<string, Loaded>();
  private readonly inFlight = new Map<string, InFlight>();
  private readonly last = new Map<string, DownloadState>();

  constructor(private readonly options: ODataServiceOptions) {}

  private async withClient<T>(connection: Connection, run: (client: TenantClient) => Promise<T>): Promise<T> {
    const target = await targetOf(this.options, connection);
    const client = (this.options.openClient ?? createTenantClient)(target);
    try {
      return await run(client);
    } finally {
      client.close();
    }
  }

  async download(connectionId: string, req: { language?: string }): Promise<MetadataSummary> {
    if (this.inFlight.has(connectionId))
      throw new CodedError(
        'BAD_INPUT',
        'A download for this connection is already running. Wait for it or cancel it.',
      );
    const connection = await loadConnection(this.options, connectionId);
    const flight: InFlight = {
      controller: new AbortController(),
      progress: { state: 'downloading', bytes: 0, total: null },
    };
    this.inFlight.set(connectionId, flight);
    try {
      const downloaded = await this.withClient(connection, (client) =>
        downloadMetadata(httpGetFromTenantClient(client), {
          ...(req.language ? { language: req.language } : {}),
          signal: flight.controller.signal,
          onProgress: (p) => {
            flight.progress = { state: 'downloading', ...p };
          },
        }),
      );
      flight.progress = { ...flight.progress, state: 'parsing' };
      const t = performance.now();
      const model = await (this.options.parse ?? ((b: Buffer) => Promise.resolve(parseEdmx(b))))(
        downloaded.bytes,
      );
      if (flight.controller.signal.aborted) throw new CodedError('CANCELLED', 'The download was cancelled.');
      const summary: MetadataSummary = {
        connectionId,
        serviceRoot: serviceRootOf(connection),
        path: downloaded.path,
        bytes: downloaded.bytes.length,
        downloadMs: downloaded.ms,
        parseMs: Math.round(performance.now() - t),
        counts: countModel(model),
        downloadedAt: (this.options.now?.() ?? new Date()).toISOString(),
        language: req.language ?? null,
      };
      this.loaded.set(connectionId, { summary, bytes: downloaded.bytes, index: new MetadataIndex(model) });
      this.last.set(connectionId, { state: 'done', bytes: summary.bytes, total: flight.progress.total });
      return summary;
    } catch (error) {
      const cancelled = error instanceof CodedError && error.code === 'CANCELLED';
      this.last.set(connectionId, { ...flight.progress, state: cancelled ? 'cancelled' : 'failed' });
      throw error;
    } finally {
      this.inFlight.delete(connectionId);
    }
  }

  progress(connectionId: string): DownloadState {
    return (
      this.inFlight.get(connectionId)?.progress ??
      this.last.get(connectionId) ?? { state: 'idle', bytes: 0, total: null }
    );
  }

  cancel(connectionId: string): boolean {
    const flight = this.inFlight.get(connectionId);
    if (!flight) return false;
    flight.controller.abort(new CodedError('CANCELLED', 'The download was cancelled.'));
    return true;
  }

  summary(connectionId: string): MetadataSummary | null {
    return this.loaded.get(connectionId)?.summary ?? null;
  }

  /** Loads an .edmx the user already has (CLI, tests) as this connection's metadata. */
  adopt(connectionId: string, serviceRoot: string, bytes: Buffer): MetadataSummary {
    const t = performance.now();
    const model = parseEdmx(bytes);
    const summary: MetadataSummary = {
      connectionId,
      serviceRoot,
      path: '$metadata',
      bytes: bytes.length,
      downloadMs: 0,
      parseMs: Math.round(performance.now() - t),
      counts: countModel(model),
      downloadedAt: (this.options.now?.() ?? new Date()).toISOString(),
      language: null,
    };
    this.loaded.set(connectionId, { summary, bytes, index: new MetadataIndex(model) });
    return summary;
  }

  private get(connectionId: string): Loaded {
    const loaded = this.loaded.get(connectionId);
    if (!loaded) throw noMetadata();
    return loaded;
  }

  edmxBytes(connectionId: string): Buffer {
    return this.get(connectionId).bytes;
  }

  sets(connectionId: string) {
    const { index } = this.get(connectionId);
    return { sets: index.rows(), functionImports: index.model.functionImports };
  }

  entitySet(connectionId: string, name: string) {
    return this.get(connectionId).index.detail(name);
  }

  private typeOf(connectionId: string, entitySet: string) {
    const type = this.loaded.get(connectionId)?.index.typeOfSet(entitySet);
    const map = new Map(type?.properties.map((p) => [p.name, p.type]));
    return (property: string) => map.get(property);
  }

  async runQuery(connectionId: string, req: { url: string } | { state: QueryState }): Promise<QueryResult> {
    const connection = await loadConnection(this.options, connectionId);
    const root = serviceRootOf(connection);
    const url =
      'url' in req ? req.url : buildUrl(root, req.state, this.typeOf(connectionId, req.state.entitySet));
    return this.withClient(connection, (client) =>
      runQuery(httpGetFromTenantClient(client), url, { serviceRoot: root }),
    );
  }

  async handover(connectionId: string, url?: string, language: Lang = 'en') {
    const connection = await loadConnection(this.options, connectionId);
    const root = serviceRootOf(connection);
    const query = url ? parseUrl(url, root) : null;
    return buildHandover(
      {
        connectionName: connection.name,
        serviceRoot: root,
        systemId: connection.system.systemId,
        technicalUser: connection.arrangement.technicalUser,
        auth:
          connection.auth.method === 'client-certificate'
            ? {
                method: 'client-certificate',
                keyPairName: connection.auth.keyPairId
                  ? this.options.keyPairName(connection.auth.keyPairId)
                  : null,
              }
            : { method: 'basic', user: connection.auth.user },
        fetchCsrfToken: connection.fetchCsrfToken,
        query,
        // The hand-over's fields are for the first service; the others differ only in the Address.
        otherServices: serviceRootsOf(connection)
          .slice(1)
          .map((s) => ({ name: s.service, serviceRoot: s.url })),
        ...(query ? { typeOf: this.typeOf(connectionId, query.entitySet) } : {}),
      },
      language,
    );
  }
}
