/**
 * Connections that travel: export to a versioned JSON file with no secret in it (main asks where to
 * save), import from the text of such a file (all or nothing).
 */
import { z } from 'zod';
import { channel } from './define';
import { RecordId } from '../domain/safe-text';

export const travelContract = {
  'travel:export': channel(
    z.strictObject({ connectionIds: z.array(RecordId()).min(1).max(500) }),
    z.object({ saved: z.boolean(), path: z.string().nullable(), count: z.number() }),
  ),
  'travel:import': channel(
    z.strictObject({
      text: z.string().max(2 * 1024 * 1024),
    }),
    z.object({
      imported: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          /** What the user still has to give: a key pair or the technical user's password. */
          needs: z.enum(['key-pair', 'password']).nullable(),
        }),
      ),
      /** What the file would trust. `asked`: main asked the user, who said no: nothing was imported. */
      trust: z.object({
        hosts: z.array(z.string()),
        certificates: z.array(z.object({ subject: z.string(), fingerprint: z.string() })),
        asked: z.boolean(),
      }),
    }),
  ),
};
