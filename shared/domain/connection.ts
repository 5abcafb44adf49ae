/**
 * A connection: one C4C tenant, the communication system and arrangement set up there, and how the
 * technical user authenticates. Stored in the data folder's JSON store; holds no secret (a password lives in the
 * vault under `passwordSecretId`, which main derives from the connection's id, a key pair under its
 * key pair id).
 */
import { z } from 'zod';
import { ENVIRONMENTS } from '../constants';
import { NameText, RecordId } from './safe-text';

export const Environment = z.enum(ENVIRONMENTS);

export const CommunicationSystem = z.object({
  /** System ID entered in C4C ("CPI_DEV"). */
  systemId: z.string().max(40),
  /** Host name of the calling system (the Cloud Integration tenant's host). */
  hostName: z.string().max(255),
  doneInC4c: z.boolean(),
});
export type CommunicationSystem = z.infer<typeof CommunicationSystem>;

export const ODataService = z.object({
  /** c4codataapi, or a custom service name. */
  name: z.string().max(120),
  /** Path under the tenant, e.g. /sap/c4c/odata/v1/c4codataapi/ */
  path: z.string().max(400),
});
export type ODataService = z.infer<typeof ODataService>;

export const Arrangement = z.object({
  scenario: z.literal('OData Services for Business Objects'),
  services: z.array(ODataService).max(50),
  /** The technical user C4C generated for the arrangement ("_CPI_DEV1234"). */
  technicalUser: z.string().max(80),
  doneInC4c: z.boolean(),
});
export type Arrangement = z.infer<typeof Arrangement>;

export const Authentication = z.discriminatedUnion('method', [
  z.object({ method: z.literal('client-certificate'), keyPairId: z.string().nullable() }),
  z.object({
    method: z.literal('basic'),
    user: z.string().max(80),
    /** Set by main only, to the id it derives from the connection's id (issue 9); null: none stored. */
    passwordSecretId: z.string().max(200).nullable().default(null),
  }),
]);
export type Authentication = z.infer<typeof Authentication>;

export const ProxySettings = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('system') }),
  z.object({ mode: z.literal('none') }),
  z.object({
    mode: z.literal('manual'),
    url: z.string().max(400),
    user: z.string().max(80).nullable(),
    /** Set by main only, like the password's. */
    passwordSecretId: z.string().max(200).nullable().default(null),
    noProxy: z.string().max(1000),
  }),
]);
export type ProxySettings = z.infer<typeof ProxySettings>;

export const TrustSettings = z.object({
  /** PEM text of extra CA certificates the user chose to trust for this connection only. */
  extraCaPem: z.array(z.string().max(20_000)).max(10),
  useOsTrustStore: z.boolean(),
});
export type TrustSettings = z.infer<typeof TrustSettings>;

export const Connection = z.object({
  id: RecordId(),
  name: NameText(120),
  environment: Environment,
  /** Normalised host of the tenant, e.g. my123456.crm.ondemand.com (or host:port). */
  tenantHost: z.string().max(255),
  system: CommunicationSystem,
  arrangement: Arrangement,
  auth: Authentication,
  proxy: ProxySettings,
  trust: TrustSettings,
  /** Per-connection "Fetch CSRF token": off by default, a technical user does not need it. */
  fetchCsrfToken: z.boolean(),
  timeoutSeconds: z.number().min(1).max(300),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Connection = z.infer<typeof Connection>;
