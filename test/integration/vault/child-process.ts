import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT, bundleForTest } from '../../support/bundle';

/** The child script as plain JS. */
export function buildVaultChild(): Promise<string> {
  return Promise.resolve(bundleForTest('test/integration/vault/child/vault-child.ts'));
}

export interface ChildRun {
  code: number | null;
  lines: Record<string, unknown>[];
  stderr: string;
}

export function parseLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Run to completion. `wrap` puts the command inside another environment (e.g. a locked keyring). */
export function runChild(
  script: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; wrap?: (cmd: string[]) => string[] } = {},
): Promise<ChildRun> {
  const command = (options.wrap ?? ((c) => c))([process.execPath, script, ...args]);
  const child = spawn(command[0]!, command.slice(1), { env: options.env ?? process.env, cwd: ROOT });
  return collect(child);
}

export function collect(child: ChildProcess): Promise<ChildRun> {
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done({ code, lines: parseLines(out), stderr: err }));
  });
}

/**
 * A GNOME Keyring that was started but never unlocked, in its own D-Bus session: what a desktop
 * looks like before the user unlocks the login keyring (reads answer nothing, writes fail).
 */
export const inLockedKeyring =
  (dataHome: string) =>
  (cmd: string[]): string[] => [
    'env',
    `XDG_DATA_HOME=${dataHome}`,
    'dbus-run-session',
    '--',
    'sh',
    '-c',
    'gnome-keyring-daemon --components=secrets --start >/dev/null </dev/null && exec "$@"',
    'sh',
    ...cmd,
  ];

/** No D-Bus session at all (a headless server, a container): no Secret Service can answer. */
export function withoutDbus(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const copy = { ...env };
  delete copy.DBUS_SESSION_BUS_ADDRESS;
  delete copy.DISPLAY;
  delete copy.WAYLAND_DISPLAY;
  return copy;
}
