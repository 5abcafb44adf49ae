// Small helpers shared by the bench scripts.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const fmt = (n, unit = 'ms') => `${n >= 100 ? n.toFixed(0) : n.toFixed(1)} ${unit}`;

/** Bundle a TypeScript module of the repo (dependencies external) and import it. */
export async function importTs(entry) {
  // Inside the repo, so the bundle's bare imports resolve to node_modules.
  mkdirSync(join(process.cwd(), 'node_modules/.cache'), { recursive: true });
  const outdir = mkdtempSync(join(process.cwd(), 'node_modules/.cache/c4c-bench-'));
  await build({
    entryPoints: [entry],
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    logLevel: 'silent',
    // The harness finds the repo through import.meta.dirname; keep it pointing at the source file.
    define: { 'import.meta.dirname': JSON.stringify(join(process.cwd(), entry, '..')) },
  });
  const name = entry.split('/').pop().replace(/\.ts$/, '.mjs');
  return import(pathToFileURL(join(outdir, name)).href);
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ')).join('\n');
}
