/** travel:import through the real handler and store: a file with one bad connection imports none. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDataStore } from '../../../../electron/core/store/open-store';
import { writeConnectionFile } from '../../../../electron/core/travel/index';
import { travelHandlers } from '../../../../electron/main/handlers/travel';
import { createServices } from '../../../../electron/main/services';
import type { Keychain } from '../../../../electron/core/keychain/keychain';
import type { Connection } from '../../../../shared/domain/connection';
import { CodedError } from '../../../../shared/result';
import { emptyDraft } from '../../../../shared/wizard/wizard-model';
import { testHost } from '../../../support/test-host';

function services() {
  const dir = mkdtempSync(join(tmpdir(), 'travel-import-'));
  const opened = openDataStore(dir);
  // Import never touches the vault: a keychain that refuses everything proves it.
  const keychain: Keychain = {
    get: () => Promise.reject(new Error('no keychain in this test')),
    set: () => Promise.reject(new Error('no keychain in this test')),
    delete: () => Promise.reject(new Error('no keychain in this test')),
  } as unknown as Keychain;
  return createServices({
    name: 'C4C Connect',
    version: 'test',
    dataFolder: dir,
    opened,
    keychain,
    host: testHost(),
  });
}

const c = (name: string, tenantHost: string): Connection => ({
  ...emptyDraft(),
  id: name,
  name,
  tenantHost,
  auth: { method: 'client-certificate', keyPairId: null },
  proxy: { mode: 'system' },
  createdAt: 'x',
  updatedAt: 'x',
});

describe('importing connections', () => {
  it('imports every connection of a good file, each asking for its key pair again', async () => {
    const s = services();
    const text = writeConnectionFile(
      [c('One', 'my111111.crm.ondemand.com'), c('Two', 'my222222.crm.ondemand.com')],
      () => null,
      '1',
    );
    const r = await travelHandlers(s)['travel:import']({ text });
    expect(r.imported.map((i) => [i.name, i.needs])).toEqual([
      ['One', 'key-pair'],
      ['Two', 'key-pair'],
    ]);
    expect(s.setupProgress.list().map((p) => p.step)).toEqual(['credentials', 'credentials']);
  });

  it('takes back what it saved when a later connection cannot be saved', async () => {
    const s = services();
    // The second host passes the file schema but not the tenant rules (no http://).
    const text = writeConnectionFile(
      [c('Good', 'my111111.crm.ondemand.com'), c('Bad', 'http://plain.example.com')],
      () => null,
      '1',
    );
    await expect(
      Promise.resolve().then(() => travelHandlers(s)['travel:import']({ text })),
    ).rejects.toBeInstanceOf(CodedError);
    expect(s.connections.list()).toEqual([]);
    expect(s.setupProgress.list()).toEqual([]);
  });
});
