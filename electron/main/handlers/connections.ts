import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { KeyPairSummary } from '../../../shared/domain/keypair';
import { CodedError, codedError } from '../../../shared/result';
import { uniqueName } from '../../core/travel/index';
import { ownedDraft, type OwnedDraft } from '../../core/connections/secret-ownership';
import type { ConnectionInput } from '../../../shared/contract/connections';
import { say } from '../../../shared/messages/say';
import type { HandlerTable } from '../ipc-door';
import type { Services } from '../services';

type ConnectionChannels =
  | 'connection:list'
  | 'connection:get'
  | 'connection:save'
  | 'connection:history'
  | 'practice:start'
  | 'practice:stop'
  | 'practice:status'
  | 'practice:import-key-pair'
  | 'practice:open-folder';

function runningPractice(s: Services) {
  const tenant = s.practiceTenant.status();
  if (!tenant) {
    throw codedError('NOT_FOUND', 'main.practiceNotRunning');
  }
  return tenant;
}

/** The practice key pair into the vault; the one from this practice run if it is there already. */
async function importPracticeKeyPair(s: Services): Promise<KeyPairSummary> {
  const tenant = runningPractice(s);
  const bytes = new Uint8Array(await readFile(tenant.p12Path));
  const known = s.keyPairs.list();
  // Every practice run makes a new key pair file: one imported from it since this run started is it.
  const same = known.find((k) => k.fileName === basename(tenant.p12Path) && k.importedAt >= tenant.startedAt);
  if (same) return same;
  // Named in the window's language, and the user's letters kept (Übungs-Schlüsselpaar).
  const practiceName = say(s.uiLanguage.get(), 'name.practiceKeyPair');
  const name = uniqueName(practiceName, new Set(known.map((k) => k.name.toLowerCase())));
  return s.keyPairs.import({ name, fileName: basename(tenant.p12Path), bytes, password: tenant.p12Password });
}

/**
 * The connection as saved, with its own secrets only. When its tenant host or proxy moved while it
 * holds a password or key pair, main asks the user in its own dialog whether they may go there: the
 * answer never comes from the page (a compromised page could send "keep" and a host of its choice).
 */
async function ownedDraftAsking(
  s: Services,
  input: ConnectionInput,
  existing: Parameters<typeof ownedDraft>[1],
): Promise<OwnedDraft> {
  try {
    return ownedDraft(input, existing, undefined);
  } catch (error) {
    if (!(error instanceof CodedError) || error.code !== 'CONFIRM_CREDENTIALS' || !s.host.ask) throw error;
    const lang = s.uiLanguage.get();
    const host = String(error.detail?.tenantHost ?? input.tenantHost);
    const answer = await s.host.ask({
      title: say(lang, 'confirmCredentials.title'),
      message: say(lang, 'confirmCredentials.title'),
      detail: say(lang, 'confirmCredentials.text', { host }),
      buttons: [
        say(lang, 'confirmCredentials.keep'),
        say(lang, 'confirmCredentials.forget'),
        say(lang, 'confirmCredentials.cancel'),
      ],
      cancelId: 2,
    });
    if (answer !== 0 && answer !== 1) throw codedError('CANCELLED', 'main.credentialsKept');
    return ownedDraft(input, existing, answer === 0 ? 'keep' : 'forget');
  }
}

export function connectionHandlers(s: Services): Pick<HandlerTable, ConnectionChannels> {
  return {
    'connection:list': () => ({ connections: s.connections.list() }),
    'connection:get': ({ connectionId }) => s.connections.get(connectionId),
    'connection:save': async (input) => {
      const existing = input.id ? s.connections.get(input.id) : undefined;
      const { draft, forgotten } = await ownedDraftAsking(s, input, existing);
      const saved = s.connections.save(draft);
      // After the save: if the app stops in between, what remains is a pointer to a live secret.
      for (const id of forgotten) await s.vault.deleteSecret(id);
      return saved;
    },
    'connection:history': ({ connectionId }) => {
      s.connections.get(connectionId);
      return { results: s.connections.history(connectionId) };
    },
    'practice:start': () => s.practiceTenant.start(),
    'practice:stop': async () => ({ stopped: await s.practiceTenant.stop() }),
    'practice:status': () => {
      const tenant = s.practiceTenant.status();
      return { running: tenant !== null, tenant };
    },
    'practice:import-key-pair': () => importPracticeKeyPair(s),
    'practice:open-folder': () => {
      s.host.showItemInFolder(runningPractice(s).p12Path);
      return { opened: true };
    },
  };
}
