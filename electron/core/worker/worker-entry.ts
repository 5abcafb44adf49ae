/**
 * The core's worker thread (bundled as core-worker.cjs in out/main and core-worker.mjs in out/cli).
 * Runs the tasks of tasks.ts one message at a time. Imported outside a worker (benches) it only
 * exports the task table and the worker's limits.
 */
import { parentPort } from 'node:worker_threads';
import { CodedError } from '../../../shared/result';
import type { TaskReply, TaskRequest } from './protocol';
import { WORKER_RESOURCE_LIMITS } from './limits';
import { TASKS } from './tasks';

// Benches start their own worker from this file with the app's limits.
export { TASKS, WORKER_RESOURCE_LIMITS };

async function run(request: TaskRequest): Promise<TaskReply> {
  const task = (TASKS as Record<string, ((input: unknown) => unknown) | undefined>)[request.task];
  try {
    if (!task) throw new Error(`Unknown worker task "${request.task}".`);
    return { id: request.id, ok: true, value: await task(request.input) };
  } catch (error) {
    // Only code, message and its key cross: a CodedError's message is a plain sentence without secrets.
    if (error instanceof CodedError) {
      const says = error.says ? { says: error.says } : {};
      return { id: request.id, ok: false, error: { code: error.code, message: error.message, ...says } };
    }
    return {
      id: request.id,
      ok: false,
      error: { code: null, message: error instanceof Error ? error.message : String(error) },
    };
  }
}

const port = parentPort;
if (port) {
  port.on('message', (request: TaskRequest) => {
    void run(request).then((reply) => {
      port.postMessage(reply);
    });
  });
}
