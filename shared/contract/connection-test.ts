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
  /**
   * The support report of the connection's latest test (issue 13): main builds it from the result
   * it kept, asks where to save it in its own dialog and writes the Markdown there, the JSON beside
   * it. `file` is the Markdown file; null when the user cancelled.
   */
  'connection:save-report': channel(
    ConnectionRef.extend({ language: z.enum(['en', 'de']).optional() }),
    z.object({ saved: z.boolean(), file: z.string().nullable() }),
  ),
};
