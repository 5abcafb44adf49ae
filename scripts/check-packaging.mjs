// Packaging smoke test, offline: electron-builder validates electron-builder.yml, builds the asar
// and flips the fuses, on a placeholder "Electron" (its binary cannot be downloaded here). The
// placeholder carries the fuse wire of Electron (sentinel, version 1, 8 fuses in Electron's default
// states), so the check reads back what a real build would ship. The output cannot run.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(join(process.cwd(), 'node_modules/app-builder-lib/package.json'));
const { SENTINEL } = require('@electron/fuses/dist/constants.js');
const asar = require('@electron/asar');

const work = mkdtempSync(join(tmpdir(), 'c4c-pack-'));
const dist = join(work, 'electron-dist');
mkdirSync(dist);
// Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, inspect on, asar integrity off, only-asar off, ...
const defaults = '10110000';
writeFileSync(join(dist, 'electron'), Buffer.concat([Buffer.from('placeholder\0'), Buffer.from(SENTINEL), Buffer.from([1, defaults.length]), Buffer.from(defaults)]));
chmodSync(join(dist, 'electron'), 0o755);

const out = join(work, 'out');
const run = spawnSync(
  'npx',
  ['electron-builder', '--linux', 'dir', `-c.electronDist=${dist}`, '-c.electronVersion=45.5.0', `-c.directories.output=${out}`],
  { encoding: 'utf8', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
);
if (run.status !== 0) {
  process.stdout.write(run.stdout + run.stderr);
  console.error('check-packaging: electron-builder failed');
  process.exit(1);
}

const problems = [];
const binary = readFileSync(join(out, 'linux-unpacked', 'c4c-connect'));
const at = binary.indexOf(SENTINEL) + SENTINEL.length;
const wire = binary.subarray(at + 2, at + 2 + binary[at + 1]).toString('latin1');
const expected = {
  RunAsNode: '0',
  EnableCookieEncryption: '1',
  EnableNodeOptionsEnvironmentVariable: '0',
  EnableNodeCliInspectArguments: '0',
  EnableEmbeddedAsarIntegrityValidation: '1',
  OnlyLoadAppFromAsar: '1',
  LoadBrowserProcessSpecificV8Snapshot: '0',
  GrantFileProtocolExtraPrivileges: '0',
};
Object.entries(expected).forEach(([name, state], i) => {
  if (wire[i] !== state) problems.push(`fuse ${name} is ${wire[i]}, expected ${state}`);
});

const files = asar.listPackage(join(out, 'linux-unpacked', 'resources', 'app.asar'));
for (const needed of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/out/cli/index.mjs', '/package.json']) {
  if (!files.includes(needed)) problems.push(`the asar lacks ${needed}`);
}
for (const file of files) {
  if (/\.map$|\/test\/|\/out\/test-servers\//.test(file)) problems.push(`the asar ships ${file}`);
}

if (problems.length) {
  console.error(`check-packaging: ${problems.join('; ')}`);
  process.exit(1);
}
console.log(`check-packaging: electron-builder.yml valid; fuses ${wire} as configured; asar holds ${files.length} entries, main/preload/renderer/cli present, no source maps or test code`);
