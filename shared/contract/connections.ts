import { z } from 'zod';
import { Connection, ProxySettings } from '../domain/connection';
import { TestResult } from '../domain/diagnosis';
import { KeyPairSummary } from '../domain/keypair';
import { channel } from './define';
import { RecordId } from '../domain/safe-text';

const Empty = z.strictObject({});
const ConnectionRef = z.strictObject({ connectionId: RecordId() });

/**
 * How the technical user authenticates, as the window sends it: no vault id. Main derives the
 * vault ids of a connection's passwords from the connection's id (issue 9: a window that could name
 * one could make a connection send another connection's password to its own host).
 */
const AuthenticationInput = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('client-certificate'), keyPairId: z.string().max(200).nullable() }),
  z.strictObject({ method: z.literal('basic'), user: z.string().max(80) }),
]);
const manualProxy = ProxySettings.options[2].shape;
const ProxyInput = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('system') }),
  z.strictObject({ mode: z.literal('none') }),
  z.strictObject({
    mode: z.literal('manual'),
    url: manualProxy.url,
    user: manualProxy.user,
    noProxy: manualProxy.noProxy,
  }),
]);

/**
 * What the renderer sends to save a connection: no id for a new one. Strict, so a stray field (a
 * password typed into the wrong place, a vault id) is refused at the door instead of being stored.
 */
export const ConnectionInput = z.strictObject({
  ...Connection.omit({ id: true, tenantHost: true, createdAt: true, updatedAt: true }).shape,
  id: RecordId().optional(),
  /** As typed: my123456.crm.ondemand.com, https://my123456.crm.ondemand.com/, a custom domain, host:port. */
  tenantHost: z.string().max(300),
  auth: AuthenticationInput,
  proxy: ProxyInput,
  // No answer to "may the stored credentials go to the new address?" travels here: main asks the
  // user in its own dialog (a flag from the page could be forged by a compromised page).
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
