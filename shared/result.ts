/**
 * Every IPC reply and every core operation that can fail for a reason the user must hear returns a
 * Result. Electron keeps only `message` of a thrown Error across IPC, so codes travel as data.
 */
import type { ErrorCode } from './errors';

export interface AppError {
  code: ErrorCode;
  message: string;
  /** Optional non-secret context for the UI (e.g. line/column of malformed XML). */
  detail?: Record<string, string | number | boolean | null>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, detail?: AppError['detail']): Result<never> =>
  detail ? { ok: false, error: { code, message, detail } } : { ok: false, error: { code, message } };

/** A thrown error that carries a code; core code throws it, the IPC door turns it into a Result. */
export class CodedError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: AppError['detail'],
  ) {
    super(message);
    this.name = 'CodedError';
  }
}
