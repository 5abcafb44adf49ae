/**
 * An installer packed without this machine's keychain binding (e.g. an arm64 build made on an x64
 * host) must start and report KEYCHAIN_UNAVAILABLE, not die at launch. The child below runs the
 * real vault against a copy of @napi-rs/keyring whose native binding is absent, so the library's
 * own loader fails exactly as it would in such an installation.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../support/bundle';
import { buildVaultChild, runChild } from './child-process';

let script: string;
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'c4c-no-binding-'));
  // Only the JavaScript of @napi-rs/keyring, none of its per-platform binding packages.
  const lib = join(dir, 'node_modules', '@napi-rs', 'keyring');
  mkdirSync(lib, { recursive: true });
  for (const file of ['package.json', 'index.js'])
    cpSync(join(ROOT, 'node_modules/@napi-rs/keyring', file), join(lib, file));
  script = join(dir, 'vault-child.mjs');
  buildSync({
    entryPoints: [join(ROOT, 'test/integration/vault/child/vault-child.ts')],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['@napi-rs/keyring'],
    logLevel: 'warning',
  });
});

describe('vault when the keychain binding is missing from the installation', () => {
  it('answers KEYCHAIN_UNAVAILABLE with a sentence about the installation, and the process lives on', async () => {
    const dataFolder = await mkdtemp(join(tmpdir(), 'c4c-vault-nobinding-'));
    const run = await runChild(script, [
      'put',
      dataFolder,
      'C4C Connect test no binding',
      'kp-1',
      'Test1234',
    ]);
    expect(run.lines.at(-1), run.stderr).toMatchObject({ ok: false, code: 'KEYCHAIN_UNAVAILABLE' });
    expect(String(run.lines.at(-1)?.message)).toMatch(/missing from this installation/);
    expect(run.code).toBe(0);
  });
});

describe('the keychain binding is loaded from the installation only', () => {
  // @napi-rs/keyring's loader require()s whatever NAPI_RS_NATIVE_LIBRARY_PATH names before its own
  // binding: an environment variable would run any code inside the app's main process, past the
  // RunAsNode and NODE_OPTIONS fuses. The keychain module clears it before the library loads.
  it('ignores NAPI_RS_NATIVE_LIBRARY_PATH: the named file never runs, the real keychain answers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'c4c-binding-env-'));
    const marker = join(dir, 'ran');
    const planted = join(dir, 'planted.cjs');
    writeFileSync(planted, `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x'); module.exports = {};`);
    const run = await runChild(
      await buildVaultChild(),
      ['put', join(dir, 'data'), `C4C Connect test binding env ${process.pid}`, 'kp-1', 'Test1234'],
      { env: { ...process.env, NAPI_RS_NATIVE_LIBRARY_PATH: planted } },
    );
    expect(existsSync(marker)).toBe(false);
    expect(run.lines.at(-1), run.stderr).toEqual({ ok: true });
  });
});
