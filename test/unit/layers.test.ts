/**
 * The layering of STYLE.md is enforced by lint (eslint.config.js): these probes break each rule
 * once and must be reported, so a change to the config that lets them through fails here.
 *
 * Cheap on purpose: the probes are linted in memory (lintText with a filePath picks the same
 * config block a file there would get), only no-restricted-imports runs, and the type-aware
 * parser settings are switched off for it. Building the TypeScript program for the whole project
 * (what the full config does) took ~30 s on a loaded 2-core CI, close to the old timeout; the
 * import rule needs no types. Nothing is written into the tree, so a parallel lint never sees a probe.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const crossing: Record<string, string> = {
  'renderer/src/layer-probe.ts':
    "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
  'renderer/src/layer-probe-electron.ts':
    "import { ipcRenderer } from 'electron';\nexport const probe = ipcRenderer;\n",
  'renderer/src/layer-probe-zod.ts':
    "import { Settings } from '../../shared/contract/app';\nexport const probe = Settings;\n",
  'electron/core/layer-probe.ts': "import { app } from 'electron';\nexport const probe = app;\n",
  'electron/cli/layer-probe.ts': "import { app } from 'electron';\nexport const probe = app;\n",
  'electron/preload/layer-probe.ts':
    "import { probeKeychain } from '../core/keychain/probe';\nexport const probe = probeKeychain;\n",
  'electron/main/layer-probe.ts': "import { App } from '../../renderer/src/app/App';\nexport const probe = App;\n",
  'shared/layer-probe.ts': "import { join } from 'node:path';\nexport const probe = join;\n",
};
const allowed = {
  'renderer/src/layer-probe-ok.ts':
    "import type { Settings } from '../../shared/contract/app';\nexport const probe: Settings['theme'] = 'dark';\n",
};

const importRule = 'no-restricted-imports';
const eslint = new ESLint({
  cwd: root,
  ruleFilter: ({ ruleId }) => ruleId === importRule,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
});

async function restrictedIn(file: string, text: string): Promise<number> {
  const [result] = await eslint.lintText(text, { filePath: resolve(root, file) });
  // A parse error would also give "no import messages": fail loudly instead.
  expect(result?.messages.filter((m) => m.fatal), file).toEqual([]);
  return result?.messages.filter((m) => m.ruleId === importRule).length ?? 0;
}

describe('the import rules between layers', () => {
  it('reports every probe that crosses a layer', async () => {
    for (const [file, text] of Object.entries(crossing)) {
      expect(await restrictedIn(file, text), file).toBeGreaterThan(0);
    }
  }, 60_000);

  it('passes the type import the renderer may make', async () => {
    for (const [file, text] of Object.entries(allowed)) expect(await restrictedIn(file, text), file).toBe(0);
  }, 60_000);
});
