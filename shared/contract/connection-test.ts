import { z } from 'zod';
import { TestResult } from '../domain/diagnosis';
import { channel } from './define';
import { RecordId } from '../domain/safe-text';

const ConnectionRef = z.strictObject({ connectionId: RecordId() });

/**
 * The connection test of a saved connection. Main resolves the connection, reads its key pair or
 * password from the vault just in time and the system proxy from Electron, runs the test and keeps
 * the result in the connection's history. Nothing secret is in the result.
 */
export const connectionTestContract = {
  'connection:test': channel(ConnectionRef, TestResult),
  /** Stops a running test of this connection; `cancelled` is false when none was running. */
  'connection:cancel-test': channel(ConnectionRef, z.object({ cancelled: z.boolean() })),
};
