/**
 * Connections that travel: export to a versioned JSON file with no secret in it (main asks where to
 * save), import from the text of such a file (all or nothing).
 */
import { z } from 'zod';
import { channel } from './define';

export const travelContract = {
  'travel:export': channel(
    z.strictObject({ connectionIds: z.array(z.string().min(1).max(200)).min(1).max(500) }),
    z.object({ saved: z.boolean(), path: z.string().nullable(), count: z.number() }),
  ),
  'travel:import': channel(
    z.strictObject({ text: z.string().max(2 * 1024 * 1024) }),
    z.object({
      imported: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          /** What the user still has to give: a key pair or the technical user's password. */
          needs: z.enum(['key-pair', 'password']).nullable(),
        }),
      ),
    }),
  ),
};
