/** The authorization matrix of a saved connection (issue 13): run, progress (polled), Cancel. */
import { z } from 'zod';
import { AccessMatrix, AccessProgress } from '../domain/access-check';
import { channel } from './define';

const ConnectionId = z.string().min(1).max(128);

export const accessCheckContract = {
  'connection:check': channel(
    z.strictObject({ connectionId: ConnectionId, entitySets: z.array(z.string().max(128)).max(50) }),
    AccessMatrix,
  ),
  'connection:check-progress': channel(z.strictObject({ connectionId: ConnectionId }), AccessProgress),
  'connection:cancel-check': channel(
    z.strictObject({ connectionId: ConnectionId }),
    z.object({ cancelled: z.boolean() }),
  ),
};
