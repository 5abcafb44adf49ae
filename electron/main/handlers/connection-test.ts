/**
 * connection:test and connection:cancel-test. One running test per connection; a second request
 * for the same connection cancels the first (the user pressed Retry).
 */
import type { Connection } from '../../../shared/domain/connection';
import type { TestResult } from '../../../shared/domain/diagnosis';
import { codedError } from '../../../shared/result';
import { runServiceTests } from '../../core/connection/index';
import { serviceRootsOf, targetOf, type ConnectionSources } from '../../core/odata/connection-target';
import type { HandlerTable } from '../ipc-door';
import type { Services } from '../services';

type Channels = 'connection:test' | 'connection:cancel-test';

export interface ConnectionTestDeps extends ConnectionSources {
  getConnection(id: string): Promise<Connection | null> | Connection | null;
  /** Keep the result in the connection's history (the store keeps the last 20). */
  recordTestResult(id: string, result: TestResult): Promise<void> | void;
}

export function connectionTestHandlers(deps: ConnectionTestDeps): Pick<HandlerTable, Channels> {
  const running = new Map<string, AbortController>();
  return {
    'connection:test': async ({ connectionId }) => {
      running.get(connectionId)?.abort();
      const controller = new AbortController();
      running.set(connectionId, controller);
      try {
        const connection = await deps.getConnection(connectionId);
        if (!connection) {
          throw codedError('NOT_FOUND', 'main.connectionGone');
        }
        // Every service of the arrangement, each with its own result (a test per service root).
        const targets = await Promise.all(
          serviceRootsOf(connection).map(async ({ service, url }) => ({
            service,
            target: await targetOf(deps, connection, url),
          })),
        );
        const result = await runServiceTests(targets, { signal: controller.signal });
        await deps.recordTestResult(connectionId, result);
        return result;
      } finally {
        if (running.get(connectionId) === controller) running.delete(connectionId);
      }
    },
    'connection:cancel-test': ({ connectionId }) => {
      const controller = running.get(connectionId);
      controller?.abort();
      running.delete(connectionId);
      return { cancelled: controller !== undefined };
    },
  };
}

/** The handler's outside world, from the services. */
export function connectionTestDeps(s: Services): ConnectionTestDeps {
  return {
    getConnection: (id) => s.connections.find(id),
    recordTestResult: (id, result) => {
      s.connections.recordTestResult(id, result);
    },
    tlsMaterial: (id) => s.keyPairs.tlsMaterial(id),
    keyPairName: () => null,
    secretText: async (id) => (await s.vault.getSecret(id))?.toString('utf8') ?? null,
    resolveSystemProxy: (url) => s.host.resolveSystemProxy(url),
  };
}
