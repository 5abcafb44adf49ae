// `npm run bench`: every scripts/bench/*.mjs but this one and its helpers (lib.mjs, seed.mjs) and
// renderer-ab.mjs (two builds compared on demand), one after the other, so the figures do not
// disturb each other. Each script prints its own figures beside its baseline.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const scripts = readdirSync('scripts/bench')
  .filter((f) => f.endsWith('.mjs') && !['run-all.mjs', 'lib.mjs', 'seed.mjs', 'renderer-ab.mjs'].includes(f))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const script of scripts) {
  console.log(`\n=== ${script} ===`);
  const run = spawnSync(process.execPath, [`scripts/bench/${script}`], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.log(`(${script} exited ${run.status})`);
  }
}
process.exit(failed ? 1 : 0);
