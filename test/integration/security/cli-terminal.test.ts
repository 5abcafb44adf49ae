/**
 * What the CLI writes to a real terminal (a pseudo-terminal made by util-linux `script`) when an
 * argument carries escape sequences: the password question names the user or the file as typed,
 * and must not repaint the terminal; Ctrl+C at the question is said in --lang. Lines of a command
 * that succeeds (handover names the key pair) are made safe the same way.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForTest } from '../../support/bundle';

const SERVICE = 'https://my123456.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi/';
const HOSTILE = 'x\u001b[2J\u001b]0;owned\u0007\u202ey';
const dir = mkdtempSync(join(tmpdir(), 'cli-terminal-'));
const hostileFile = join(dir, `key${HOSTILE}.p12`);
let cliFile: string;

interface Ran {
  exit: number | null;
  output: string;
}

/**
 * Runs the CLI on a pseudo-terminal: `script` runs the shell line with the arguments from the
 * environment (no quoting of escape sequences in a command string), and Ctrl+C is typed once the
 * question (ending in ": ") has shown (unless `typeCtrlC` is false: a command that asks nothing).
 */
function onTerminal(args: string[], typeCtrlC = true): Promise<Ran> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    SHELL: '/bin/sh',
    CLI: cliFile,
    C4C_CONNECT_DATA_DIR: join(dir, 'data'),
  };
  args.forEach((a, i) => (env[`A${i}`] = a));
  const line = `exec node "$CLI" ${args.map((_, i) => `"$A${i}"`).join(' ')}`;
  return new Promise((resolve) => {
    const child = spawn('script', ['-qec', line, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let typed = false;
    const read = (d: Buffer) => {
      output += d.toString();
      if (typeCtrlC && !typed && output.includes(': ')) {
        typed = true;
        // A moment for the question to be the last thing written before the key arrives.
        setTimeout(() => child.stdin.write('\u0003'), 150);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('close', (exit) => {
      clearTimeout(timer);
      resolve({ exit, output });
    });
  });
}

const controls = (text: string) => ['\u001b', '\u0007', '\u202e'].filter((c) => text.includes(c));

beforeAll(() => {
  writeFileSync(hostileFile, 'not a key pair, never opened: the question comes first');
  cliFile = bundleForTest('electron/cli/index.ts', { __APP_VERSION__: '"test"' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI on a terminal, given escape sequences', () => {
  it('asks for the password of a --user without repainting, and says Ctrl+C in German', async () => {
    const r = await onTerminal(['test', '--url', SERVICE, '--user', HOSTILE, '--lang', 'de']);
    expect(controls(r.output)).toEqual([]);
    expect(r.output).toContain('Kennwort von x');
    expect(r.output).toContain('CANCELLED: Abgebrochen; nichts wurde geändert.');
    expect(r.exit).toBe(2);
  });

  it('asks for the password of a --p12 file named with escape sequences, in English', async () => {
    const r = await onTerminal(['test', '--url', SERVICE, '--p12', hostileFile, '--lang', 'en']);
    expect(controls(r.output)).toEqual([]);
    expect(r.output).toContain('CANCELLED: Cancelled; nothing was changed.');
  });

  it('names the file in inspect and keypair import without its escape sequences', async () => {
    for (const args of [
      ['inspect', hostileFile, '--lang', 'de'],
      ['keypair', 'import', hostileFile, '--name', 'n', '--lang', 'de'],
    ]) {
      const r = await onTerminal(args);
      expect(controls(r.output), args[0]).toEqual([]);
      expect(r.output, args[0]).toContain('Kennwort für key');
      expect(r.output, args[0]).toContain('CANCELLED: Abgebrochen');
    }
  });

  it('writes the lines of a command that succeeds without escape sequences (handover)', async () => {
    const r = await onTerminal(
      ['handover', '--url', SERVICE, '--keypair', HOSTILE, '--name', HOSTILE],
      false,
    );
    expect(r.exit).toBe(0);
    expect(r.output).toContain('x ');
    expect(controls(r.output)).toEqual([]);
  });
});
