/**
 * c4c-connect: the command-line front end over electron/core, in plain Node. Same data folder and
 * keychain as the desktop app.
 */
import { sayCli, summaryOf } from '../../shared/messages/cli';
import { LANGS, isMessageKey, say, type Lang } from '../../shared/messages/say';
import { CodedError } from '../../shared/result';
import { forTerminal } from '../core/connection/redact';
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

function help(lang: Lang): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    sayCli(lang, 'help.title'),
    '',
    sayCli(lang, 'help.usage'),
    '',
    sayCli(lang, 'help.commands'),
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${summaryOf(lang, c)}`),
    '',
    sayCli(lang, 'help.json'),
    sayCli(lang, 'help.lang'),
    sayCli(lang, 'help.exit'),
    sayCli(lang, 'help.passwords'),
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
  const lang = taken.lang ?? systemLang(ctx.env);
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
        commands: COMMANDS.map((c) => ({ name: c.name, summary: summaryOf(lang, c), usage: c.usage })),
      });
    else out.line(help(lang));
    return EXIT.OK;
  }
  if (taken.bad !== null) {
    // Said in the OS language: the --lang given is the one not understood.
    const message = sayCli(lang, 'error.badLang', {
      langs: LANGS.join(' | '),
      value: forTerminal(taken.bad).slice(0, 40),
    });
    if (json) out.object({ ok: false, error: { code: 'BAD_INPUT', message } });
    else out.error(`BAD_INPUT: ${message}`);
    return EXIT.BAD_INPUT;
  }
  const found = findCommand(argv);
  if (!found) {
    const words = forTerminal(argv.filter((a) => !a.startsWith('-')).join(' ')).slice(0, 80);
    const message = sayCli(lang, 'error.unknownCommand', { words });
    if (json) out.object({ ok: false, error: { code: 'BAD_INPUT', message } });
    else out.error(`BAD_INPUT: ${message}`);
    return EXIT.BAD_INPUT;
  }
  if (found.rest.includes('--help')) {
    out.line(
      `${summaryOf(lang, found.command)}\n\n${sayCli(lang, 'help.commandUsage', { usage: found.command.usage })}`,
    );
    return EXIT.OK;
  }
  try {
    ctx.lang = lang;
    return await found.command.run(found.rest, { out, ctx, lang });
  } catch (error) {
    // One line, with its code, and never a URL's user, password or secret query value (issue 9).
    const fail = (code: string, message: string, exit: ExitCode): ExitCode => {
      const clean = forTerminal(message);
      if (json) out.object({ ok: false, error: { code, message: clean } });
      else out.error(`${code}: ${clean}`);
      return exit;
    };
    if (error instanceof UsageError) {
      return fail(
        'BAD_INPUT',
        sayCli(lang, 'error.howTo', {
          message: error.says ? sayCli(lang, error.says.key, error.says.params) : error.message,
          command: found.command.name,
        }),
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
    return fail('INTERNAL', sayCli(lang, 'error.internal', { message }), EXIT.CHECK_FAILED);
  }
}
