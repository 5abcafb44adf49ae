/**
 * Output and exit codes of the command line. Every command takes --json and then prints exactly one
 * JSON object on stdout. Exit codes: 0 ok, 1 a check failed, 2 bad input, 3 environment problem.
 * (`test` prints one JSON array: a result per service of the arrangement.)
 */
import { sayCli, type CliMessageKey } from '../../shared/messages/cli';
import { blankControls } from '../core/connection/redact';

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

/**
 * Each line as the terminal will show it: lines hold names typed on the command line, file names,
 * and texts from the tenant (diagnoses, certificate subjects, rows), so none may carry an escape
 * sequence or a bidi override that repaints or reorders the terminal. Line breaks stay.
 */
const forLines = (text: string): string => text.split('\n').map(blankControls).join('\n');

/**
 * JSON.stringify escapes C0 controls only: C1 controls (U+0080-U+009F, CSI among them), line
 * separators and bidi overrides are escaped here too. They occur only inside strings, so the JSON
 * means the same and a script reads the same values.
 */
const jsonForTerminal = (value: unknown): string =>
  JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

export function createOutput(json: boolean, stdout = process.stdout, stderr = process.stderr): Output {
  return {
    json,
    line: (text) => {
      if (!json) stdout.write(`${forLines(text)}\n`);
    },
    object: (value) => stdout.write(`${jsonForTerminal(value)}\n`),
    error: (text) => {
      if (!json) stderr.write(`${forLines(text)}\n`);
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
