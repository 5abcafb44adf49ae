/**
 * A child process that must not outlive the test. Our children watch their stdin and stop when it
 * closes, which also happens when this process dies without cleaning up (a killed test worker), so
 * nothing is orphaned. stop() closes stdin, then signals after a grace period; normal exit kills.
 * Keeps the last lines of its output for error messages.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface Child {
  process: ChildProcess;
  /** Resolves with the first stdout line `match` accepts; rejects if the child exits first. */
  waitForLine(match: (line: string) => boolean, timeoutMs: number): Promise<string>;
  output(): string;
  stop(): Promise<void>;
}

const alive = new Set<ChildProcess>();
let hooked = false;
function killAllOnExit() {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => {
    for (const child of alive) child.kill('SIGKILL');
  });
}

export function startChild(command: string, args: string[], options: SpawnOptions): Child {
  killAllOnExit();
  const child = spawn(command, args, { ...options, stdio: ['pipe', 'pipe', 'pipe'] });
  alive.add(child);
  const exited = new Promise<void>((resolve) => {
    child.on('exit', () => {
      alive.delete(child);
      resolve();
    });
    child.on('error', () => {
      alive.delete(child);
      resolve();
    });
  });
  const lines: string[] = [];
  const listeners = new Set<(line: string) => void>();
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (lines.length > 60) lines.shift();
        for (const listener of listeners) listener(line);
      }
    });
  };
  collect(child.stdout);
  collect(child.stderr);

  return {
    process: child,
    output: () => lines.join('\n'),
    waitForLine(match, timeoutMs) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`${command} did not start within ${timeoutMs} ms:\n${lines.join('\n')}`));
        }, timeoutMs);
        const listener = (line: string) => {
          if (!match(line)) return;
          finish();
          resolve(line);
        };
        const onExit = () => {
          finish();
          reject(
            new Error(
              `${command} exited (${String(child.exitCode)}) before it was ready:\n${lines.join('\n')}`,
            ),
          );
        };
        const finish = () => {
          clearTimeout(timer);
          listeners.delete(listener);
          child.off('exit', onExit);
        };
        listeners.add(listener);
        child.on('exit', onExit);
      });
    },
    async stop() {
      // Ending stdin is the polite stop both our children understand (CAP exits, nginx's
      // watchdog shell stops nginx); signals follow only if that does not work. Always end it:
      // nginx's watchdog outlives an nginx that exited on its own.
      child.stdin.end();
      if (child.exitCode !== null || child.signalCode !== null) return;
      const term = setTimeout(() => child.kill('SIGTERM'), 3000);
      const kill = setTimeout(() => child.kill('SIGKILL'), 6000);
      await exited;
      clearTimeout(term);
      clearTimeout(kill);
    },
  };
}
