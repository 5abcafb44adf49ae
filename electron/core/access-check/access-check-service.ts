/**
 * The authorization matrix for a saved connection: its arrangement's services on its tenant, its
 * credentials read just in time, one run per connection at a time, with progress and Cancel.
 */
import type { AccessMatrix, AccessProgress } from '../../../shared/domain/access-check';
import type { Connection } from '../../../shared/domain/connection';
import { codedError } from '../../../shared/result';
import { createTenantClient, type TenantClient } from '../connection/tenant-client';
import type { TenantTarget } from '../connection/target';
import {
  DEFAULT_SERVICE_PATH,
  loadConnection,
  targetOf,
  type ConnectionSources,
} from '../odata/connection-target';
import { httpGetFromTenantClient } from '../odata/http';
import { ENTITY_SET_NAME, checkAccess, type ServiceToCheck } from './access-check';

export const MAX_ENTITY_SETS = 50;

/** Every service of the arrangement as an absolute root on the connection's tenant. */
export function servicesOf(connection: Connection): ServiceToCheck[] {
  const list = connection.arrangement.services.length
    ? connection.arrangement.services
    : [{ name: 'c4codataapi', path: DEFAULT_SERVICE_PATH }];
  return list.map((s) => {
    const path = s.path || DEFAULT_SERVICE_PATH;
    const withSlashes = `${path.startsWith('/') ? '' : '/'}${path}${path.endsWith('/') ? '' : '/'}`;
    return { name: s.name || path, root: `https://${connection.tenantHost}${withSlashes}` };
  });
}

export function checkEntitySets(sets: string[]): string[] {
  const unique = [...new Set(sets.map((s) => s.trim()).filter(Boolean))];
  if (unique.length > MAX_ENTITY_SETS)
    throw codedError('BAD_INPUT', 'access.tooMany', { max: MAX_ENTITY_SETS });
  const bad = unique.find((s) => !ENTITY_SET_NAME.test(s));
  if (bad !== undefined)
    throw codedError('BAD_INPUT', 'access.notSetName', { name: bad });
  return unique;
}

export class AccessCheckService {
  private readonly running = new Map<string, { controller: AbortController; progress: AccessProgress }>();

  constructor(
    private readonly sources: ConnectionSources,
    private readonly openClient: (target: TenantTarget) => TenantClient = createTenantClient,
  ) {}

  async check(connectionId: string, entitySets: string[]): Promise<AccessMatrix> {
    const sets = checkEntitySets(entitySets);
    if (this.running.has(connectionId))
      throw codedError('BAD_INPUT', 'access.running');
    // Registered before the first await: a second quick call sees it and is refused, and Cancel
    // always reaches the run that is going.
    const run = { controller: new AbortController(), progress: { done: 0, total: 0, running: true } };
    this.running.set(connectionId, run);
    let client: TenantClient | null = null;
    try {
      const connection = await loadConnection(this.sources, connectionId);
      client = this.openClient(await targetOf(this.sources, connection));
      return await checkAccess(httpGetFromTenantClient(client), servicesOf(connection), sets, {
        signal: run.controller.signal,
        onProgress: (done, total) => {
          run.progress = { done, total, running: true };
        },
      });
    } finally {
      client?.close();
      this.running.delete(connectionId);
    }
  }

  progress(connectionId: string): AccessProgress {
    return this.running.get(connectionId)?.progress ?? { done: 0, total: 0, running: false };
  }

  cancel(connectionId: string): boolean {
    const run = this.running.get(connectionId);
    run?.controller.abort();
    return run !== undefined;
  }
}
