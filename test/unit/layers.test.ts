/**
 * The layering of STYLE.md is enforced by lint (eslint.config.js): these probes break each rule
 * once and must be reported, so a change to the config that lets them through fails here.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const probes: Record<string, string> = {
  'renderer/src/layer-probe.ts':
    "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
  'renderer/src/layer-probe-electron.ts':
    "import { ipcRenderer } from 'electron';\nexport const probe = ipcRenderer;\n",
  'renderer/src/layer-probe-zod.ts':
    "import { Settings } from '../../shared/contract/app';\nexport const probe = Settings;\n",
  'electron/core/layer-probe.ts': "import { app } from 'electron';\nexport const probe = app;\n",
  'electron/preload/layer-probe.ts':
    "import { probeKeychain } from '../core/keychain/probe';\nexport const probe = probeKeychain;\n",
  'shared/layer-probe.ts': "import { join } from 'node:path';\nexport const probe = join;\n",
};

afterAll(() => {
  for (const file of Object.keys(probes)) rmSync(join(root, file), { force: true });
});

describe('the import rules between layers', () => {
  it('reports every probe that crosses a layer, and passes the type import the renderer may make', async () => {
    for (const [file, text] of Object.entries(probes)) writeFileSync(join(root, file), text);
    const allowed = 'renderer/src/layer-probe-ok.ts';
    writeFileSync(
      join(root, allowed),
      "import type { Settings } from '../../shared/contract/app';\nexport const probe: Settings['theme'] = 'dark';\n",
    );
    probes[allowed] = '';
    const results = await new ESLint({ cwd: root }).lintFiles(Object.keys(probes));
    const restricted = new Map(
      results.map((r) => [
        r.filePath.slice(root.length + 1),
        r.messages.filter((m) => m.ruleId === 'no-restricted-imports').length,
      ]),
    );
    for (const file of Object.keys(probes)) {
      if (file === allowed) expect(restricted.get(file), file).toBe(0);
      else expect(restricted.get(file), file).toBeGreaterThan(0);
    }
  }, 120_000);
});
