import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDataStore } from '../../../../electron/core/store/open-store';
import { listOrphans, quarantineOrphans, startSweep } from '../../../../electron/core/vault/orphans';
import { sayMessage } from '../../../../shared/messages/say';

const CONNECTION = '0b7d3c1e-5f7a-4c39-9d0e-2a4b6c8d0e1f';
const KEY_PAIR = '9f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19';

function folderWith(files: string[], ageHours: number) {
  const data = mkdtempSync(join(tmpdir(), 'c4c-orphans-'));
  const vault = join(data, 'vault');
  mkdirSync(vault);
  const then = new Date(Date.now() - ageHours * 3_600_000);
  for (const name of files) {
    writeFileSync(join(vault, name), 'ciphertext');
    utimesSync(join(vault, name), then, then);
  }
  const { store } = openDataStore(data);
  store.set('keyPairs', [{ id: KEY_PAIR, name: 'K', secretId: 'kp-referenced' }]);
  store.set('connections', [
    {
      id: CONNECTION,
      auth: { method: 'basic', passwordSecretId: `password-${CONNECTION}` },
      proxy: { mode: 'system' },
    },
  ]);
  return { data, vault, store };
}

describe('orphaned vault files', () => {
  it('moves only old files no entry points at; ids derived from a connection id count as used', () => {
    const { data, vault, store } = folderWith(
      [
        'kp-referenced.bin',
        `password-${CONNECTION}.bin`,
        `proxy-${CONNECTION}.bin`,
        'kp-orphan.bin',
        '.kp-cut.bin.a1b2c3.tmp',
      ],
      2,
    );
    writeFileSync(join(vault, 'kp-fresh.bin'), 'just written');
    const notices = startSweep(data, store);
    expect(notices.map((n) => sayMessage('en', n))).toEqual([
      expect.stringMatching(/^2 vault files .* were moved to .*quarantine/),
    ]);
    expect(notices.map((n) => sayMessage('de', n))).toEqual([
      `2 Tresordateien, die kein Schlüsselpaar und keine Verbindung verwenden (von einem unterbrochenen Import oder Speichern), wurden nach ${join(data, 'quarantine')} verschoben. Nichts wurde gelöscht; c4c-connect vault sweep --delete entfernt sie.`,
    ]);
    expect(readdirSync(join(data, 'quarantine')).sort()).toEqual(['.kp-cut.bin.a1b2c3.tmp', 'kp-orphan.bin']);
    expect(readdirSync(vault).sort()).toEqual(
      ['kp-fresh.bin', 'kp-referenced.bin', `password-${CONNECTION}.bin`, `proxy-${CONNECTION}.bin`].sort(),
    );
    expect(
      listOrphans(data, store)
        .map((o) => `${o.where}/${o.name}`)
        .sort(),
    ).toEqual(['quarantine/.kp-cut.bin.a1b2c3.tmp', 'quarantine/kp-orphan.bin', 'vault/kp-fresh.bin']);
    expect(startSweep(data, store)).toEqual([]);
  });

  it('puts a quarantined file back when an entry points at it again, and never overwrites one', () => {
    const { data, vault, store } = folderWith(['kp-later.bin'], 2);
    quarantineOrphans(data, store);
    quarantineOrphans(data, store, { graceMs: 0 });
    expect(existsSync(join(vault, 'kp-later.bin'))).toBe(false);
    store.set('keyPairs', [{ id: KEY_PAIR, name: 'K', secretId: 'kp-later' }]);
    expect(quarantineOrphans(data, store)).toEqual({ quarantined: [], restored: ['kp-later.bin'] });
    expect(existsSync(join(vault, 'kp-later.bin'))).toBe(true);
  });
});
