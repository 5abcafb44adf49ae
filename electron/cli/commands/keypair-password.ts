/**
 * How the CLI gets a password without it ever being an argument (arguments show in `ps` and in
 * shell history): --password-env names an environment variable; on a terminal without it, ask
 * without echo.
 */
import { CodedError } from '../../../shared/result';
import { UsageError } from '../io';

export interface PasswordSource {
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadStream;
  stderr?: NodeJS.WriteStream;
}

export async function readPassword(
  envName: string | undefined,
  question: string,
  { env, stdin, stderr = process.stderr }: PasswordSource,
): Promise<string> {
  if (envName !== undefined) {
    const value = env[envName];
    if (value === undefined) {
      throw new UsageError(
        `The environment variable ${envName} is not set. Set it to the password and try again.`,
      );
    }
    return value;
  }
  if (!stdin.isTTY) {
    throw new UsageError(
      'No password given. Name an environment variable that holds it with --password-env, or run the command in a terminal to be asked.',
    );
  }
  return promptHidden(question, stdin, stderr);
}

/** Read one line from the terminal in raw mode, echoing nothing. Ctrl-C cancels. */
export function promptHidden(
  question: string,
  stdin: NodeJS.ReadStream,
  stderr: NodeJS.WriteStream,
): Promise<string> {
  stderr.write(question);
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error: Error | null) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          finish(null);
          return;
        }
        if (char === '\u0003' || char === '\u0004') {
          finish(new CodedError('CANCELLED', 'Cancelled; nothing was changed.'));
          return;
        }
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    stdin.setEncoding('utf8');
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}
