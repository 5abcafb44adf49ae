import type { HandlerTable } from '../ipc-door';
import type { Services } from '../services';

type ConnectionChannels =
  | 'connection:list'
  | 'connection:get'
  | 'connection:save'
  | 'connection:history'
  | 'practice:start'
  | 'practice:stop'
  | 'practice:status';

export function connectionHandlers(s: Services): Pick<HandlerTable, ConnectionChannels> {
  return {
    'connection:list': () => ({ connections: s.connections.list() }),
    'connection:get': ({ connectionId }) => s.connections.get(connectionId),
    'connection:save': (input) => s.connections.save(input),
    'connection:history': ({ connectionId }) => {
      s.connections.get(connectionId);
      return { results: s.connections.history(connectionId) };
    },
    'practice:start': () => s.practiceTenant.start(),
    'practice:stop': async () => ({ stopped: await s.practiceTenant.stop() }),
    'practice:status': () => {
      const tenant = s.practiceTenant.status();
      return { running: tenant !== null, tenant };
    },
  };
}
