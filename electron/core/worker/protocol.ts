/** Messages between the core's runner and its worker thread. */
import type { ErrorCode } from '../../../shared/errors';
import type { Message } from '../../../shared/messages/say';

export interface TaskRequest {
  id: number;
  task: string;
  input: unknown;
}

export type TaskReply =
  | { id: number; ok: true; value: unknown }
  /** `code` is set for a CodedError, so code, message and its keyed sentence survive the thread boundary. */
  | { id: number; ok: false; error: { code: ErrorCode | null; message: string; says?: Message } };
