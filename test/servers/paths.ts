/**
 * Where the repository is, found from this file, so the launchers work from vitest, Playwright and
 * the bundled copy bench scripts import (out/test-servers/index.mjs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function repoRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (
      existsSync(pkg) &&
      (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'c4c-connect'
    ) {
      cached = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('test/servers: cannot find the c4c-connect repository root.');
    dir = parent;
  }
}

export const fixturePath = (...parts: string[]) => join(repoRoot(), 'test', 'fixtures', ...parts);
