/**
 * Output and exit codes of the command line. Every command takes --json and then prints exactly one
 * JSON object on stdout. Exit codes: 0 ok, 1 a check failed, 2 bad input, 3 environment problem.
 * (`test` prints one JSON array: a result per service of the arrangement.)
 */
import { sayCli, type CliMessageKey } from '../../shared/messages/cli';

export const EXIT = { OK: 0, CHECK_FAILED: 1, BAD_INPUT: 2, ENVIRONMENT: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface Output {
  json: boolean;
  /** Human text (ignored in --json mode). */
  line(text: string): void;
  /** The one JSON object of --json mode. */
  object(value: unknown): void;
  /** Errors for humans go to stderr, so stdout stays clean for pipes. */
  error(text: string): void;
}

export function createOutput(json: boolean, stdout = process.stdout, stderr = process.stderr): Output {
  return {
    json,
    line: (text) => {
      if (!json) stdout.write(`${text}\n`);
    },
    object: (value) => stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    error: (text) => {
      if (!json) stderr.write(`${text}\n`);
    },
  };
}

/** A bad-input problem found while reading arguments; `says`: the same sentence, keyed for --lang. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    readonly says?: { key: CliMessageKey; params?: Record<string, string> },
  ) {
    super(message);
  }
}

/** A UsageError said from the CLI catalog: English message, and the key for --lang. */
export const usageError = (key: CliMessageKey, params?: Record<string, string>): UsageError =>
  new UsageError(sayCli('en', key, params), params ? { key, params } : { key });
