/**
 * c4c-connect: the command-line front end over electron/core, in plain Node. Same data folder and
 * keychain as the desktop app.
 */
import { CodedError } from '../../shared/result';
import type { Command } from './command';
import { COMMANDS } from './commands/index';
import { createCliContext, type CliContext } from './context';
import { EXIT, UsageError, createOutput, type ExitCode } from './io';

declare const __APP_VERSION__: string;

function findCommand(argv: string[]): { command: Command; rest: string[] } | null {
  for (const words of [2, 1]) {
    const name = argv.slice(0, words).join(' ');
    const command = COMMANDS.find((c) => c.name === name);
    if (command) return { command, rest: argv.slice(words) };
  }
  return null;
}

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'c4c-connect — set up and test SAP Cloud for Customer OData connections with a technical user',
    '',
    'Usage: c4c-connect <command> [options] [--json]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command takes --json and then prints one JSON object on stdout.',
    'Exit codes: 0 ok, 1 a check failed, 2 bad input, 3 environment problem (e.g. no keychain).',
    'Passwords are never arguments: --password-env names an environment variable, or you are asked.',
  ].join('\n');
}

export async function runCli(argv: string[], ctx: CliContext = createCliContext()): Promise<ExitCode> {
  const json = argv.includes('--json');
  const out = createOutput(json);
  if (argv[0] === '--version' || argv[0] === '-v') {
    if (json) out.object({ ok: true, version: __APP_VERSION__ });
    else out.line(__APP_VERSION__);
    return EXIT.OK;
  }
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    if (json)
      out.object({
        ok: true,
        commands: COMMANDS.map(({ name, summary, usage }) => ({ name, summary, usage })),
      });
    else out.line(help());
    return EXIT.OK;
  }
  const found = findCommand(argv);
  if (!found) {
    const message = `Unknown command "${argv.filter((a) => !a.startsWith('-')).join(' ')}". Run c4c-connect --help.`;
    if (json) out.object({ ok: false, error: { code: 'BAD_INPUT', message } });
    else out.error(message);
    return EXIT.BAD_INPUT;
  }
  if (found.rest.includes('--help')) {
    out.line(`${found.command.summary}\n\nUsage: ${found.command.usage}`);
    return EXIT.OK;
  }
  try {
    return await found.command.run(found.rest, { out, ctx });
  } catch (error) {
    if (error instanceof UsageError) {
      if (json) out.object({ ok: false, error: { code: 'BAD_INPUT', message: error.message } });
      else out.error(`${error.message}\nUsage: ${found.command.usage}`);
      return EXIT.BAD_INPUT;
    }
    if (error instanceof CodedError) {
      if (json) out.object({ ok: false, error: { code: error.code, message: error.message } });
      else out.error(`${error.code}: ${error.message}`);
      const environment =
        error.code === 'KEYCHAIN_UNAVAILABLE' ||
        error.code === 'KEYCHAIN_LOCKED' ||
        error.code === 'VAULT_KEY_LOST';
      return environment ? EXIT.ENVIRONMENT : EXIT.BAD_INPUT;
    }
    throw error;
  }
}
