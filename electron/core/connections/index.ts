/** Saved connections (no secrets), their test history, and the tenant address rules. */
export {
  ConnectionStore,
  ConnectionDraft,
  CONNECTIONS_KEY,
  HISTORY_KEY,
  HISTORY_LENGTH,
} from './connection-store';
export { normaliseTenantHost, isC4cTenantHost, type TenantHost } from './tenant-host';
