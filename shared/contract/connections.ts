import { z } from 'zod';
import { Connection } from '../domain/connection';
import { TestResult } from '../domain/diagnosis';
import { KeyPairSummary } from '../domain/keypair';
import { channel } from './define';

const Empty = z.strictObject({});
const ConnectionRef = z.strictObject({ connectionId: z.string().min(1).max(200) });

/**
 * What the renderer sends to save a connection: no id for a new one. Strict, so a stray field (a
 * password typed into the wrong place) is refused at the door instead of being stored.
 */
export const ConnectionInput = z.strictObject({
  ...Connection.omit({ id: true, tenantHost: true, createdAt: true, updatedAt: true }).shape,
  id: z.string().min(1).max(200).optional(),
  /** As typed: my123456.crm.ondemand.com, https://my123456.crm.ondemand.com/, a custom domain, host:port. */
  tenantHost: z.string().max(300),
});
export type ConnectionInput = z.infer<typeof ConnectionInput>;

/**
 * The running practice tenant. Its key pair password and user password are shown to the user on
 * purpose: they are throw-away practice material made at this start, not the user's secrets (the
 * one exception to "no secret in a response").
 */
export const PracticeTenantInfo = z.object({
  serviceUrl: z.string(),
  quirkServiceUrl: z.string(),
  tenantHost: z.string(),
  caPem: z.string(),
  caPath: z.string(),
  p12Path: z.string(),
  p12Password: z.string(),
  user: z.string(),
  password: z.string(),
  folder: z.string(),
  startedAt: z.string(),
});
export type PracticeTenantInfo = z.infer<typeof PracticeTenantInfo>;

export const connectionsContract = {
  'connection:list': channel(Empty, z.object({ connections: z.array(Connection) })),
  'connection:get': channel(ConnectionRef, Connection),
  /** Creates (no id) or updates; the tenant address comes back normalised. */
  'connection:save': channel(ConnectionInput, Connection),
  /** The last 20 test results, newest first. */
  'connection:history': channel(ConnectionRef, z.object({ results: z.array(TestResult) })),
  'practice:start': channel(Empty, PracticeTenantInfo),
  'practice:stop': channel(Empty, z.object({ stopped: z.boolean() })),
  'practice:status': channel(
    Empty,
    z.object({ running: z.boolean(), tenant: PracticeTenantInfo.nullable() }),
  ),
  /**
   * Imports the running practice tenant's key pair into the vault in one step (main reads the file
   * and its password itself); the same key pair again answers the one already imported.
   */
  'practice:import-key-pair': channel(Empty, KeyPairSummary),
  /** Shows the practice key pair file in the desktop's file manager. */
  'practice:open-folder': channel(Empty, z.object({ opened: z.boolean() })),
};
