/**
 * One check per connection at a time, even when two calls arrive while the first is still loading
 * its connection (it used to register the run only after that await, so both started and Cancel
 * reached only the second).
 */
import { expect, it } from 'vitest';
import type { Connection } from '../../../../shared/domain/connection';
import { AccessCheckService } from '../../../../electron/core/access-check/access-check-service';
import type { ConnectionSources } from '../../../../electron/core/odata/connection-target';

it('refuses a second check of the same connection while the first is loading, and cancels the first', async () => {
  let release: (c: Connection | null) => void = () => undefined;
  const loading = new Promise<Connection | null>((resolve) => (release = resolve));
  const sources: ConnectionSources = {
    getConnection: () => loading,
    tlsMaterial: () => Promise.reject(new Error('not used')),
    keyPairName: () => null,
    secretText: () => Promise.resolve(null),
    resolveSystemProxy: () => Promise.resolve('DIRECT'),
  };
  const service = new AccessCheckService(sources);
  const first = service.check('c1', ['AccountCollection']);
  const second = service.check('c1', ['AccountCollection']);
  await expect(second).rejects.toMatchObject({ code: 'BAD_INPUT' });
  expect(service.progress('c1').running).toBe(true);
  expect(service.cancel('c1')).toBe(true);
  release(null);
  await expect(first).rejects.toMatchObject({ code: 'NOT_FOUND' });
  expect(service.progress('c1').running).toBe(false);
});
