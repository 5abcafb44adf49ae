/**
 * A child process that must not outlive the test: stopped with SIGTERM, then SIGKILL after a grace
 * period, and killed when this process exits. Keeps the last lines of its output for error messages.
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
  const collect = (stream: NodeJS.ReadableStream | null) => {
    let rest = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
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
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}
