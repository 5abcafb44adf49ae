/** travel:export and travel:import: connections as a versioned JSON file without any secret. */
import { randomUUID } from 'node:crypto';
import { writeFileAtomic } from '../../core/vault/index';
import {
  fromTravel,
  readConnectionFile,
  trustOf,
  uniqueName,
  writeConnectionFile,
} from '../../core/travel/index';
import { fileNameFor } from '../../../shared/file-name';
import { say } from '../../../shared/messages/say';
import type { ImportTrust } from '../../core/travel/index';
import type { HandlerTable } from '../ipc-door';
import type { Services } from '../services';

type Channels = 'travel:export' | 'travel:import';

/** The hosts and CA certificates a file would trust, shown in main's own dialog: yes or no. */
async function userTrusts(s: Services, trust: ImportTrust): Promise<boolean> {
  if (!s.host.ask) return false;
  const lang = s.uiLanguage.get();
  const detail = [
    say(lang, 'importTrust.text'),
    '',
    `${say(lang, 'importTrust.hosts')}:`,
    ...trust.hosts.map((h) => `  ${h}`),
    '',
    `${say(lang, 'importTrust.certificates')}:`,
    ...trust.certificates.map((c) => `  ${c.subject}\n  SHA-256 ${c.fingerprint}`),
  ].join('\n');
  const answer = await s.host.ask({
    title: say(lang, 'importTrust.title'),
    message: say(lang, 'importTrust.title'),
    detail,
    buttons: [say(lang, 'importTrust.accept'), say(lang, 'importTrust.cancel')],
    cancelId: 1,
  });
  return answer === 0;
}

export function travelHandlers(s: Services): Pick<HandlerTable, Channels> {
  const connections = s.connections;
  const progress = s.setupProgress;
  return {
    'travel:export': async ({ connectionIds }) => {
      const chosen = connectionIds.map((id) => connections.get(id));
      const keyPairName = (id: string) => s.keyPairs.find(id)?.name ?? null;
      const text = writeConnectionFile(chosen, keyPairName, s.version);
      const single = chosen.length === 1 ? chosen[0]?.name : undefined;
      const lang = s.uiLanguage.get();
      const path = await s.host.showSaveDialog({
        title: say(lang, 'dialog.exportConnections'),
        defaultName: fileNameFor(single ?? 'connections', 'c4c-connections.json'),
        filters: [{ name: say(lang, 'dialog.connectionFiles'), extensions: ['json'] }],
      });
      if (path === null) return { saved: false, path: null, count: 0 };
      await writeFileAtomic(path, Buffer.from(text, 'utf8'), 0o644);
      return { saved: true, path, count: chosen.length };
    },
    'travel:import': async ({ text }) => {
      // All checks before the first write: a bad file imports nothing.
      const file = readConnectionFile(text);
      const trust = trustOf(file);
      // A file that brings its own CA certificates imports only after the user saw them (and the
      // hosts they would vouch for) and said yes — in main's own dialog, never on the page's word.
      if (trust.certificates.length > 0 && !(await userTrusts(s, trust))) {
        return { imported: [], trust: { ...trust, asked: true } };
      }
      const taken = new Set(connections.list().map((c) => c.name.toLowerCase()));
      const now = new Date();
      const prepared = file.connections.map((t) => {
        const name = uniqueName(t.name, taken);
        taken.add(name.toLowerCase());
        return fromTravel({ ...t, name }, { newId: randomUUID, now });
      });
      const imported: { id: string; name: string; needs: 'key-pair' | 'password' | null }[] = [];
      try {
        for (const c of prepared) {
          const { id: _id, createdAt: _c, updatedAt: _u, ...draft } = c;
          const saved = connections.save(draft);
          const needs =
            saved.auth.method === 'basic' ? 'password' : saved.auth.keyPairId === null ? 'key-pair' : null;
          imported.push({ id: saved.id, name: saved.name, needs });
          // Imported connections ask for their secrets again: setup resumes at Credentials.
          progress.set(saved.id, needs ? 'credentials' : 'test');
        }
      } catch (error) {
        // All or nothing: take back what this import saved before the bad entry.
        for (const done of imported) {
          connections.delete(done.id);
          progress.clear(done.id);
        }
        throw error;
      }
      return { imported, trust: { ...trust, asked: false } };
    },
  };
}
