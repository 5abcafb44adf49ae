/**
 * Getting a password on the command line without it ever being an argument (arguments show in `ps`
 * and in shell history): --password-env names an environment variable; on a terminal without it,
 * ask without echo; with neither, stop with a clear message rather than wait on a pipe.
 */
import { codedError } from '../../shared/result';
import { forTerminal } from '../core/connection/redact';
import { usageError } from './io';

export interface PasswordIo {
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadStream;
  stderr?: NodeJS.WritableStream;
}

/** The password from the variable named by `envName`, else asked on the terminal (`question`). */
export async function getPassword(
  envName: string | undefined,
  question: string,
  io: PasswordIo,
): Promise<string> {
  if (envName !== undefined) {
    const value = io.env[envName];
    if (value === undefined) {
      throw usageError('usage.envNotSet', { name: envName });
    }
    return value;
  }
  if (!io.stdin.isTTY) {
    throw usageError('usage.noPassword');
  }
  return promptHidden(question, io.stdin, io.stderr ?? process.stderr);
}

/** Reads one line from a terminal in raw mode, echoing nothing. Ctrl-C cancels. */
export function promptHidden(
  question: string,
  stdin: NodeJS.ReadStream,
  stderr: NodeJS.WritableStream,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let typed = '';
    const wasRaw = stdin.isRaw;
    const finish = (error: Error | null) => {
      stdin.off('data', onData);
      stdin.setRawMode(wasRaw);
      stdin.pause();
      stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer | string) => {
      // A paste arrives as one chunk: read it character by character.
      for (const char of chunk.toString()) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          finish(null);
          return;
        }
        if (char === '\u0003') {
          finish(codedError('CANCELLED', 'cli.cancelled'));
          return;
        }
        if (char === '\u007f' || char === '\b') typed = Array.from(typed).slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
    };
    // Raw mode (no echo) before the question: whatever is typed once it shows is never echoed.
    stdin.setRawMode(true);
    // The question names a user or a file as typed: no escape sequence of theirs reaches the terminal.
    stderr.write(forTerminal(question));
    stdin.on('data', onData);
    stdin.resume();
  });
}
