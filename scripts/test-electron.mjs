// `npm run test:electron`: packs this machine's target with Electron's real binary (--dir, the
// folder an installer would hold, with two changes: the inspect fuse stays on and package.json says
// it is a test build, because Playwright drives Electron's main process through --inspect) and runs test/electron against it. Electron's binary
// cannot be downloaded on the build machines, so this is not part of `npm test`; without it this
// script says so and fails, never skips.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, TARGETS, installBindings, packTarget } from './packaging-targets.mjs';

const electronDir = join(ROOT, 'node_modules', 'electron');
const pathFile = join(electronDir, 'path.txt');
const binary = existsSync(pathFile) ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null;
if (!binary || !existsSync(binary)) {
  console.error(
    "test:electron: Electron's binary is not installed (node_modules/electron/dist), so the real-Electron suite cannot run here; run it where `npm ci` could download Electron.",
  );
  process.exit(1);
}

const target = TARGETS.find((t) => t.platform === process.platform && t.arch === process.arch);
if (!target) {
  console.error(`test:electron: C4C Connect has no installer for ${process.platform}-${process.arch}.`);
  process.exit(1);
}
installBindings([target]);
const out = mkdtempSync(join(tmpdir(), 'c4c-electron-app-'));
await packTarget(target, 'dir', (config) => ({
  ...config,
  electronDist: join(electronDir, 'dist'),
  directories: { ...config.directories, output: out },
  electronFuses: { ...config.electronFuses, enableNodeCliInspectArguments: true },
  // Lets Playwright's --inspect and --remote-debugging-port through main's switch guard
  // (electron/main/lockdown.ts); the builds users get never carry it (npm run check:packaging).
  extraMetadata: { ...config.extraMetadata, c4cElectronTestBuild: true },
}));
const suffix = target.arch === 'x64' ? '' : `-${target.arch}`;
const app = {
  linux: join(out, `linux${suffix}-unpacked`, 'c4c-connect'),
  win32: join(out, `win${suffix}-unpacked`, 'C4C Connect.exe'),
  darwin: join(out, `mac${suffix}`, 'C4C Connect.app', 'Contents', 'MacOS', 'C4C Connect'),
}[target.platform];

const run = spawnSync('npx', ['playwright', 'test', '-c', 'playwright.electron.config.ts'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, C4C_PACKED_APP: app },
});
process.exit(run.status ?? 1);
