/** Metadata download and parsing, the explorer's lookups, queries and the hand-over. */
import { Connection } from '../../../shared/domain/connection';
import type { JsonStore } from '../store/json-store';
import type { ConnectionSources } from './connection-target';
import { parseEdmxOffThread } from './off-thread';
import { ODataService } from './odata-service';

export { ODataService } from './odata-service';
export { parseEdmx, EdmxParser, DEFAULT_MAX_METADATA_BYTES } from './edmx-parser';
export { parseEdmxOffThread } from './off-thread';
export { serviceRootOf } from './connection-target';

/**
 * Until the connections service exists beside it, connections are read from the store key
 * "connections" (an array or an id -> connection record), each checked against the schema.
 */
export function connectionFromStore(store: JsonStore, id: string): Connection | null {
  const raw = store.get('connections');
  const list: unknown[] = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? Object.values(raw) : [];
  for (const item of list) {
    const parsed = Connection.safeParse(item);
    if (parsed.success && parsed.data.id === id) return parsed.data;
  }
  return null;
}

export interface ODataWiring {
  store: JsonStore;
  keyPairs: {
    tlsMaterial(id: string): Promise<{ keyPem: string; chainPem: string[]; notAfter: string }>;
    find(idOrName: string): { name: string } | null;
  };
  vault: { getText(id: string): Promise<string | null> };
  host: { resolveSystemProxy(url: string): Promise<string> };
  /** The connections service, when there is one. */
  getConnection?: ConnectionSources['getConnection'];
}

export function createODataService(w: ODataWiring): ODataService {
  return new ODataService({
    getConnection: w.getConnection ?? ((id) => connectionFromStore(w.store, id)),
    tlsMaterial: (id) => w.keyPairs.tlsMaterial(id),
    keyPairName: (id) => w.keyPairs.find(id)?.name ?? null,
    secretText: (id) => w.vault.getText(id),
    resolveSystemProxy: (url) => w.host.resolveSystemProxy(url),
    parse: (bytes) => parseEdmxOffThread(bytes),
  });
}
