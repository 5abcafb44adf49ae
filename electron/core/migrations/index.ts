export {
  CURRENT_SCHEMA_VERSION,
  MIGRATIONS,
  SCHEMA_VERSION_KEY,
  migrateStore,
  storedVersion,
  type Migration,
  type MigrationOutcome,
} from './migrations';
