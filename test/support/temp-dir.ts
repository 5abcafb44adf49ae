/**
 * One temporary folder per test run, removed when the run ends: every test's mkdtemp(tmpdir()) (key
 * pairs, data folders, nginx prefixes, Chromium profiles) lands inside it, as do the children the
 * tests start (the CLI, servers), which inherit TMPDIR. Before, each run left hundreds of folders in
 * /tmp, thousands after a day of runs. Used as the global set-up of vitest and of Playwright: both
 * start their workers after it, with its environment, and call the function it returns at the end.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function oneTempDirPerRun(): () => void {
  const previous = process.env.TMPDIR;
  const dir = mkdtempSync(join(tmpdir(), 'c4c-test-run-'));
  // Passable, not listable, for other users: nginx's workers run as nobody and read the htpasswd
  // in a folder made inside this one (test/servers/nginx.ts opens that folder the same way).
  chmodSync(dir, 0o711);
  process.env.TMPDIR = dir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
}
