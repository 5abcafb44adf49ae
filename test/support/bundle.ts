/**
 * Tests that run code in another process or thread (the core worker, a CLI, a child that gets
 * killed) need it as JavaScript: bundle a TypeScript entry once per test process, into the repo's
 * node_modules/.tmp so the bundle's bare imports resolve. Dependencies stay external, as in the app.
 */
import { mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { useWorkerFile } from '../../electron/core/worker/runner';

export const ROOT = resolve(import.meta.dirname, '../..');
const built = new Map<string, string>();

/** `entry` relative to the repository; returns the bundle's absolute path. */
export function bundleForTest(entry: string, define: Record<string, string> = {}): string {
  const key = `${entry}\0${JSON.stringify(define)}`;
  const done = built.get(key);
  if (done) return done;
  const outDir = join(ROOT, 'node_modules', '.tmp');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `${basename(entry, '.ts')}-${process.pid}-${built.size}.mjs`);
  buildSync({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    define,
    logLevel: 'warning',
  });
  built.set(key, outfile);
  return outfile;
}

/** Point the core's worker runner at a worker bundled from the sources under test. */
export function useBuiltWorker(): string {
  const file = bundleForTest('electron/core/worker/worker-entry.ts');
  useWorkerFile(file);
  return file;
}
