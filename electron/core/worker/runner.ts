/**
 * Runs core tasks (tasks.ts) in one long-lived worker thread, so key derivation and big XML never
 * block Electron's main process or the CLI's event loop. The worker starts on first use, does not
 * keep the process alive (unref), and is started again after a crash.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CodedError } from '../../../shared/result';
import { WORKER_RESOURCE_LIMITS } from './limits';
import type { TaskReply, TaskRequest } from './protocol';
import type { TaskName, Tasks } from './tasks';

type Input<K extends TaskName> = Parameters<Tasks[K]>[0];
type Output<K extends TaskName> = Awaited<ReturnType<Tasks[K]>>;

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

let workerFile: string | null = null;
let worker: Worker | null = null;
let nextId = 1;
// Tasks belong to the worker that runs them: when an old worker exits (stopped, or crashed), only its
// own tasks fail, never those already sent to its successor.
const pendingOf = new WeakMap<Worker, Map<number, Pending>>();

/**
 * The builds put the worker beside their bundle: out/main/core-worker.cjs (the app's, self-contained)
 * and out/cli/core-worker.mjs (scripts/build-cli.mjs); a bundler may move this code one folder down
 * into a chunk. Tests running TypeScript sources point at a built worker with useWorkerFile().
 */
function findWorkerFile(): string {
  if (workerFile) return workerFile;
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, join(here, '..')]) {
    for (const name of ['core-worker.cjs', 'core-worker.mjs']) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return (workerFile = candidate);
    }
  }
  throw new Error(`The background worker (core-worker) was not found beside ${here}. Run npm run build.`);
}

/** Use this built worker file (tests and benches that run the TypeScript sources). */
export function useWorkerFile(path: string): void {
  if (workerFile === path) return;
  workerFile = path;
  stopWorker();
}

function failAll(pending: Map<number, Pending>, error: Error): void {
  const waiting = [...pending.values()];
  pending.clear();
  for (const task of waiting) task.reject(error);
}

function startWorker(): Worker {
  const started = new Worker(findWorkerFile(), { resourceLimits: WORKER_RESOURCE_LIMITS });
  const pending = new Map<number, Pending>();
  pendingOf.set(started, pending);
  started.unref();
  started.on('message', (reply: TaskReply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.value);
    else if (reply.error.code)
      waiting.reject(new CodedError(reply.error.code, reply.error.message, undefined, reply.error.says));
    else waiting.reject(new Error(reply.error.message));
  });
  started.on('error', (error: Error) => {
    if (worker === started) worker = null;
    failAll(pending, new Error(`The background worker stopped: ${error.message}`));
  });
  started.on('exit', () => {
    if (worker === started) worker = null;
    failAll(pending, new Error('The background worker stopped unexpectedly.'));
  });
  return started;
}

/** Ends the worker (tests; the app lets it die with the process). */
export function stopWorker(): void {
  const current = worker;
  worker = null;
  if (current) void current.terminate();
}

/**
 * Runs a task in the worker. `transfer` moves buffers instead of copying them (the sender's copy is
 * detached afterwards); the worker is referenced while tasks are in flight so the process waits.
 */
export function runTask<K extends TaskName>(
  task: K,
  input: Input<K>,
  transfer: ArrayBuffer[] = [],
): Promise<Output<K>> {
  const current = (worker ??= startWorker());
  const pending = pendingOf.get(current) ?? new Map<number, Pending>();
  const id = nextId++;
  return new Promise<Output<K>>((resolve, reject) => {
    if (pending.size === 0) current.ref();
    pending.set(id, {
      resolve: (value) => {
        settle();
        resolve(value as Output<K>);
      },
      reject: (error) => {
        settle();
        reject(error);
      },
    });
    const settle = () => {
      if (pending.size === 0) current.unref();
    };
    const request: TaskRequest = { id, task, input };
    current.postMessage(request, transfer);
  });
}
