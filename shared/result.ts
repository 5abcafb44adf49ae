/**
 * Every IPC reply and every core operation that can fail for a reason the user must hear returns a
 * Result. Electron keeps only `message` of a thrown Error across IPC, so codes travel as data.
 */
import type { ErrorCode } from './errors';
import { say, type Message, type MessageKey, type Params } from './messages/say';

export interface AppError {
  code: ErrorCode;
  message: string;
  /** Optional non-secret context for the UI (e.g. line/column of malformed XML). */
  detail?: Record<string, string | number | boolean | null>;
  /** The sentence as a key of shared/messages with its parameters, so the reader says it in its language. */
  key?: string;
  params?: Params;
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
    /** The same sentence, keyed (shared/messages): the renderer and the CLI say it in their language. */
    readonly says?: Message,
  ) {
    super(message);
    this.name = 'CodedError';
  }

  /** The error as it crosses IPC or leaves the CLI: code, English message, and the keyed sentence. */
  toAppError(): AppError {
    return {
      code: this.code,
      message: this.message,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(this.says ? { key: this.says.key, ...(this.says.params ? { params: this.says.params } : {}) } : {}),
    };
  }
}

/** A CodedError whose sentence comes from shared/messages: English message, key and params kept. */
export function codedError(
  code: ErrorCode,
  key: MessageKey,
  params?: Params,
  detail?: AppError['detail'],
): CodedError {
  return new CodedError(code, say('en', key, params), detail, params ? { key, params } : { key });
}
