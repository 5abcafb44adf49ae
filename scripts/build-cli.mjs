// Bundles the command line (electron/cli) and the core's worker into out/cli for plain Node, and the
// app's worker into out/main (after electron-vite, which empties out/main).
// Dependencies stay external: they are installed beside it (npm ci, or the packaged app's node_modules).
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('out/cli', { recursive: true, force: true });
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: { index: 'electron/cli/index.ts', 'core-worker': 'electron/core/worker/worker-entry.ts' },
  outdir: 'out/cli',
  outExtension: { '.js': '.mjs' },
  // Code splitting, so `--version` answers without loading every command's libraries. Chunks stay
  // in out/cli beside the entries: code that finds the worker by import.meta.url keeps working.
  splitting: true,
  chunkNames: 'chunk-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
});

// The app's worker: one self-contained CommonJS file in out/main, its libraries inside it. In the
// installed app it is read from app.asar, and Electron gave worker threads asar support for
// require() (https://github.com/electron/electron/pull/33216); an ES-module worker importing chunks
// and node_modules from the asar has no such promise (import from asar is the open
// https://github.com/electron/electron/issues/38829 outside the main process). The e2e harness runs
// this very file. The CLI keeps its ES-module worker above: it runs in plain Node.
await build({
  entryPoints: { 'core-worker': 'electron/core/worker/worker-entry.ts' },
  outdir: 'out/main',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  // Smaller to read on every worker start; names kept, so an error's stack still says where.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});

// The test servers (nginx, SAP CAP, test PKI) for bench scripts: import out/test-servers/index.mjs.
await build({
  entryPoints: { index: 'test/servers/index.ts' },
  outdir: 'out/test-servers',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
