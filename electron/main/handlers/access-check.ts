import type { HandlerTable } from '../ipc-door';
import type { Services } from '../services';

type Channels = 'connection:check' | 'connection:check-progress' | 'connection:cancel-check';

export function accessCheckHandlers(s: Services): Pick<HandlerTable, Channels> {
  return {
    'connection:check': ({ connectionId, entitySets }) => s.accessCheck.check(connectionId, entitySets),
    'connection:check-progress': ({ connectionId }) => s.accessCheck.progress(connectionId),
    'connection:cancel-check': ({ connectionId }) => ({ cancelled: s.accessCheck.cancel(connectionId) }),
  };
}
