/**
 * The channel names alone, for the preload script (which must stay tiny and carries no schemas).
 * `check` below fails to compile when this list and the contract disagree.
 */
import type { Channel } from './index';

export const CHANNELS = [
  'app:info',
  'app:open-external',
  'settings:get',
  'settings:set',
  'clipboard:write',
  'connection:list',
  'connection:get',
  'connection:save',
  'connection:history',
  'practice:start',
  'practice:stop',
  'practice:status',
  'practice:import-key-pair',
  'practice:open-folder',
  'connection:test',
  'connection:cancel-test',
  'connection:save-report',
  'keypair:import',
  'keypair:list',
  'keypair:get',
  'keypair:rename',
  'keypair:delete',
  'keypair:replace',
  'keypair:export',
  'keypair:create',
  'keypair:csr',
  'keypair:attach-cert',
  'keypair:trash-original',
  'connection:check',
  'connection:check-progress',
  'connection:cancel-check',
  'metadata:download',
  'metadata:progress',
  'metadata:cancel',
  'metadata:summary',
  'metadata:save',
  'metadata:sets',
  'metadata:entity-set',
  'query:run',
  'handover:get',
  'handover:export',
  'wizard:check-tenant',
  'wizard:progress',
  'wizard:set-step',
  'wizard:finish',
  'home:overview',
  'reminders:list',
  'connection:set-password',
  'connection:duplicate',
  'connection:remove',
  'connection:set-proxy-password',
  'travel:export',
  'travel:import',
  'app:ui-language',
] as const satisfies readonly Channel[];

type Listed = (typeof CHANNELS)[number];
// Both directions: every contract channel is listed, and every listed name is a channel.
export const CHANNELS_MATCH_CONTRACT: [Exclude<Channel, Listed>, Exclude<Listed, Channel>] extends [
  never,
  never,
]
  ? true
  : never = true;
