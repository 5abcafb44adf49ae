/** Long-lived writer processes (test/integration/store/child/store-child.ts) and the checks after them. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT, bundleForTest } from '../../support/bundle';
import { vaultReferences } from '../../../electron/core/vault/orphans';
import type { JsonStore } from '../../../electron/core/store/json-store';

export const childScript = (): string => bundleForTest('test/integration/store/child/store-child.ts');

export interface Writer {
  ask(request: Record<string, string>): Promise<Record<string, unknown>>;
  stop(): void;
}

/** A writer that answers one JSON line per request, kept running across rounds (no start-up per round). */
export function startWriter(): Writer {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [childScript(), 'serve'], {
    cwd: ROOT,
  });
  const waiting: ((line: string) => void)[] = [];
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => waiting.shift()?.(line));
  child.on('exit', (code) => {
    for (const w of waiting.splice(0))
      w(JSON.stringify({ ok: false, code: 'EXITED', message: `${code} ${stderr}` }));
  });
  return {
    ask: (request) =>
      new Promise((resolve) => {
        waiting.push((line) => resolve(JSON.parse(line) as Record<string, unknown>));
        child.stdin.write(`${JSON.stringify(request)}\n`);
      }),
    stop: () => child.kill(),
  };
}

/** The store file parses as a JSON object (or is absent). */
export function storeParses(dataFolder: string): boolean {
  let text: string;
  try {
    text = readFileSync(join(dataFolder, 'c4c-connect.json'), 'utf8');
  } catch {
    return true;
  }
  const parsed: unknown = JSON.parse(text);
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
}

/** Vault files (and temp files of a write cut short) that nothing in the store points at. */
export function unreferencedVaultFiles(dataFolder: string, store: JsonStore): string[] {
  const referenced = vaultReferences(store);
  let names: string[];
  try {
    names = readdirSync(join(dataFolder, 'vault'));
  } catch {
    return [];
  }
  return names.filter((n) => n !== 'vault.json' && !referenced(n.replace(/^\./, '').split('.bin')[0]!));
}
