// Seeded data for the start-up figures: five key pair summaries and complete connections, written
// into the harness's store. Each key pair gets a stand-in file where its stored key would be: the
// benches never open it, but Home lists a key pair whose file is gone as needing its .p12 again,
// with that action instead of "Test now".
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTs } from './lib.mjs';

export async function connectionSeed() {
  const { openPkcs12 } = await importTs('electron/core/pkcs12/index.ts');
  const { emptyDraft } = await importTs('shared/wizard/wizard-model.ts');
  const { inspection } = await openPkcs12(readFileSync('test/fixtures/pkcs12/with-chain.p12'), 'Test1234');

  return (count) => {
    return (s) => {
      const keyPairs = Array.from({ length: 5 }, (_, i) => ({
        ...inspection,
        id: `bench-kp-${i}`,
        name: `Key pair ${i}`,
        importedAt: new Date().toISOString(),
        fileName: `kp-${i}.p12`,
        secretId: `bench-secret-${i}`,
      }));
      s.store.set('keyPairs', keyPairs);
      mkdirSync(s.vault.folder, { recursive: true });
      for (const k of keyPairs) writeFileSync(join(s.vault.folder, `${k.secretId}.bin`), '');
      const ids = [];
      for (let i = 0; i < count; i++) {
        const d = emptyDraft();
        const c = s.connections.save({
          ...d,
          name: `Connection ${String(i).padStart(2, '0')}`,
          tenantHost: `my${String(100000 + i)}.crm.ondemand.com`,
          system: { systemId: 'CPI_DEV', hostName: 'cpi.example.com', doneInC4c: true },
          arrangement: { ...d.arrangement, technicalUser: `_CPI_${i}`, doneInC4c: true },
          auth: { method: 'client-certificate', keyPairId: `bench-kp-${i % 5}` },
        });
        ids.push(c.id);
      }
      return ids;
    };
  };
}
