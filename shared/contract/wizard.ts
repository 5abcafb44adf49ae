/**
 * The guided setup and Home. The wizard saves the connection itself through connection:save as the
 * user goes; here is where it stands (the step), so setup resumes after a restart. The technical
 * user's password crosses IPC once, in connection:set-password, and goes straight to the vault.
 */
import { z } from 'zod';
import { Connection } from '../domain/connection';
import { DiagnosisCode } from '../domain/diagnosis';
import { MAX_PASSWORD_LENGTH } from './keypairs';
import { channel } from './define';
import { RecordId } from '../domain/safe-text';

import { WIZARD_STEPS } from '../constants';

export { WIZARD_STEPS };
export const WizardStep = z.enum(WIZARD_STEPS);
export type WizardStep = z.infer<typeof WizardStep>;

const ConnectionId = RecordId();

export const SetupProgress = z.object({
  connectionId: z.string(),
  step: WizardStep,
  updatedAt: z.string(),
});
export type SetupProgress = z.infer<typeof SetupProgress>;

export const ExpiryReminder = z.object({
  keyPairId: z.string(),
  keyPairName: z.string(),
  notAfter: z.string(),
  daysLeft: z.number(),
  expired: z.boolean(),
  connections: z.array(z.string()),
});
export type ExpiryReminder = z.infer<typeof ExpiryReminder>;

export const HomeKeyPair = z.object({
  id: z.string(),
  name: z.string(),
  notAfter: z.string(),
  daysLeft: z.number(),
  expired: z.boolean(),
});

export const HomeConnection = z.object({
  connection: Connection,
  /** The unfinished step, or null when setup is complete. */
  setupStep: WizardStep.nullable(),
  keyPair: HomeKeyPair.nullable(),
  /** The client certificate or the password is not in this app yet (e.g. after an import). */
  needsSecret: z.boolean(),
  lastTest: z
    .object({ ok: z.boolean(), code: DiagnosisCode, title: z.string(), at: z.string().nullable() })
    .nullable(),
});
export type HomeConnection = z.infer<typeof HomeConnection>;

export const HomeOverview = z.object({
  connections: z.array(HomeConnection),
  reminders: z.array(ExpiryReminder),
});
export type HomeOverview = z.infer<typeof HomeOverview>;

export const wizardContract = {
  /** Normalises what the user typed as tenant (same rules as saving); BAD_INPUT says what is wrong. */
  'wizard:check-tenant': channel(
    z.strictObject({ input: z.string().max(2048) }),
    z.object({
      host: z.string(),
      c4cTenantId: z.string().nullable(),
      /** The OData service root when a service or $metadata URL was pasted (for the arrangement). */
      servicePath: z.string().nullable(),
      /** A near miss of crm.ondemand.com: the host the user most likely meant ("did you mean"). */
      suggestion: z.string().nullable(),
    }),
  ),
  'wizard:progress': channel(z.strictObject({}), z.object({ items: z.array(SetupProgress) })),
  'wizard:set-step': channel(z.strictObject({ connectionId: ConnectionId, step: WizardStep }), SetupProgress),
  /** Setup complete: the connection leaves the "Continue setup" list. */
  'wizard:finish': channel(
    z.strictObject({ connectionId: ConnectionId }),
    z.object({ finished: z.boolean() }),
  ),
  'home:overview': channel(z.strictObject({}), HomeOverview),
  'reminders:list': channel(z.strictObject({}), z.object({ reminders: z.array(ExpiryReminder) })),
  /** Stores the technical user's password in the vault and points the connection at it. */
  'connection:set-password': channel(
    z.strictObject({ connectionId: ConnectionId, password: z.string().min(1).max(MAX_PASSWORD_LENGTH) }),
    Connection,
  ),
  /** Stores the manual proxy's password in the vault and points the connection's proxy at it. */
  'connection:set-proxy-password': channel(
    z.strictObject({ connectionId: ConnectionId, password: z.string().min(1).max(MAX_PASSWORD_LENGTH) }),
    Connection,
  ),
  /** A copy under a new name; the copy shares the key pair and asks for a password again. */
  'connection:duplicate': channel(z.strictObject({ connectionId: ConnectionId }), Connection),
  /** Deletes the connection, its history, its setup progress and its password in the vault. */
  'connection:remove': channel(
    z.strictObject({ connectionId: ConnectionId, deleteKeyPair: z.boolean() }),
    z.object({ removed: z.boolean(), keyPairDeleted: z.boolean() }),
  ),
};
