/**
 * c4c-connect: the command-line front end over electron/core, in plain Node. Same data folder and
 * keychain as the desktop app.
 */
import { LANGS, isMessageKey, say, type Lang } from '../../shared/messages/say';
import { CodedError } from '../../shared/result';
import { redactUrlsIn } from '../core/connection/redact';
import { systemLang } from '../core/platform/system-language';
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
    'Every command takes --lang de|en for its diagnoses, errors and notes (default: the OS language).',
    'Exit codes: 0 ok, 1 a check failed, 2 bad input, 3 environment problem (e.g. no keychain).',
    'Passwords are never arguments: --password-env names an environment variable, or you are asked.',
  ].join('\n');
}

/** Takes --lang de|en (or --lang=de) out of argv: every command understands it. */
function takeLang(
  argv: string[],
  env: NodeJS.ProcessEnv,
): { lang: Lang | null; rest: string[]; bad: string | null } {
  const rest: string[] = [];
  let lang: Lang | null = null;
  let bad: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const value = a === '--lang' ? argv[++i] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (value === undefined && a !== '--lang') {
      rest.push(a);
      continue;
    }
    if (value === 'de' || value === 'en') lang = value;
    else bad = value ?? '';
  }
  return { lang: lang ?? (bad === null ? systemLang(env) : null), rest, bad };
}

/** A coded error in the chosen language, from its key when it has one. */
function errorSentence(error: CodedError, lang: Lang): string {
  const key = error.says?.key;
  return key && isMessageKey(key) ? say(lang, key, error.says.params) : error.message;
}

export async function runCli(rawArgv: string[], ctx: CliContext = createCliContext()): Promise<ExitCode> {
  const json = rawArgv.includes('--json');
  const taken = takeLang(rawArgv, ctx.env);
  const argv = taken.rest;
  const lang = taken.lang ?? 'en';
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
  if (taken.bad !== null) {
    const message = `--lang takes ${LANGS.join(' or ')}, not "${taken.bad}".`;
    if (json) out.object({ ok: false, error: { code: 'BAD_INPUT', message } });
    else out.error(message);
    return EXIT.BAD_INPUT;
  }
  const found = findCommand(argv);
  if (!found) {
    const words = redactUrlsIn(argv.filter((a) => !a.startsWith('-')).join(' ')).slice(0, 80);
    const message = `Unknown command "${words}". Run c4c-connect --help.`;
    if (json) out.object({ ok: false, error: { code: 'BAD_INPUT', message } });
    else out.error(`BAD_INPUT: ${message}`);
    return EXIT.BAD_INPUT;
  }
  if (found.rest.includes('--help')) {
    out.line(`${found.command.summary}\n\nUsage: ${found.command.usage}`);
    return EXIT.OK;
  }
  try {
    return await found.command.run(found.rest, { out, ctx, lang });
  } catch (error) {
    // One line, with its code, and never a URL's user, password or secret query value (issue 9).
    const fail = (code: string, message: string, exit: ExitCode): ExitCode => {
      const clean = redactUrlsIn(message.split(/\r?\n/).join(' '));
      if (json) out.object({ ok: false, error: { code, message: clean } });
      else out.error(`${code}: ${clean}`);
      return exit;
    };
    if (error instanceof UsageError) {
      return fail(
        'BAD_INPUT',
        `${error.message} (c4c-connect ${found.command.name} --help shows how.)`,
        EXIT.BAD_INPUT,
      );
    }
    if (error instanceof CodedError) {
      const environment =
        error.code === 'KEYCHAIN_UNAVAILABLE' ||
        error.code === 'KEYCHAIN_LOCKED' ||
        error.code === 'VAULT_KEY_LOST';
      // Said in --lang from its key when it has one (shared/messages).
      return fail(error.code, errorSentence(error, lang), environment ? EXIT.ENVIRONMENT : EXIT.BAD_INPUT);
    }
    // Not foreseen: still one coded line, never a stack trace (its frames help no user).
    const message = error instanceof Error ? error.message : String(error);
    return fail('INTERNAL', `Something went wrong inside c4c-connect: ${message}`, EXIT.CHECK_FAILED);
  }
}
