// Seeded data for the start-up figures: five key pair summaries (no secret: the benches never open
// them) and complete connections, written into the harness's store.
import { readFileSync } from 'node:fs';
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
