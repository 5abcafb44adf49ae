/**
 * Vault files nothing points at: left by a crash between writing a secret and its store entry, or
 * by a renewal cut short before the old secret was removed. They hold only ciphertext, but they are
 * never deleted behind the user's back: after a grace period (long enough for any write in flight
 * to add its store entry) they move to `<dataFolder>/quarantine`, the user is told how many, and
 * `c4c-connect vault sweep --delete` removes them on request. A file in quarantine that a store
 * entry points at again (restored from a backup, an older version) is moved back.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonStore } from '../store/json-store';
import type { Message } from '../../../shared/messages/say';
import { isAtomicTempName } from './atomic-write';

export const QUARANTINE_FOLDER = 'quarantine';
/** An hour: an import or a save finishes in seconds; a file older than this will not be claimed. */
export const ORPHAN_GRACE_MS = 60 * 60 * 1000;
const SUFFIX = '.bin';

export interface VaultFileInfo {
  name: string;
  where: 'vault' | 'quarantine';
  bytes: number;
  modifiedAt: string;
}

export interface SweepOptions {
  graceMs?: number;
  now?: () => Date;
}

export interface SweepOutcome {
  /** File names moved into quarantine. */
  quarantined: string[];
  /** File names moved back because a store entry points at them. */
  restored: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const listOf = (raw: unknown): unknown[] =>
  Array.isArray(raw) ? raw : isRecord(raw) ? Object.values(raw) : [];

/**
 * What the store points at: every `...SecretId` value at any depth of key pairs and connections,
 * and the ids of key pairs and connections themselves. A vault id that contains an owner's id
 * counts as referenced too: secret ids derived from a connection id (its password, its proxy
 * password) stay safe whatever their exact pattern. Erring this way keeps a file, never loses one.
 */
export function vaultReferences(store: JsonStore): (vaultId: string) => boolean {
  const ids = new Set<string>();
  const owners = new Set<string>();
  const walk = (value: unknown, depth: number): void => {
    if (depth > 8) return;
    if (Array.isArray(value)) value.forEach((v) => walk(v, depth + 1));
    else if (isRecord(value)) {
      for (const [key, v] of Object.entries(value)) {
        if (typeof v === 'string' && /secretid$/i.test(key)) ids.add(v);
        else walk(v, depth + 1);
      }
    }
  };
  for (const key of ['keyPairs', 'connections']) {
    for (const item of listOf(store.get(key))) {
      walk(item, 0);
      if (isRecord(item) && typeof item.id === 'string' && item.id.length >= 8) owners.add(item.id);
    }
  }
  return (vaultId) => ids.has(vaultId) || [...owners].some((owner) => vaultId.includes(owner));
}

/** The id a vault file (or a temp file of a write cut short) belongs to. */
function idOf(name: string): string | null {
  if (name.endsWith(SUFFIX) && !name.startsWith('.')) return name.slice(0, -SUFFIX.length);
  if (isAtomicTempName(name)) {
    const inner = name.slice(1).split(`${SUFFIX}.`)[0];
    return inner ?? null;
  }
  return null;
}

/** Does a store entry point at the secret this file (or temp file) holds? */
function claimedBy(store: JsonStore): (fileName: string) => boolean {
  const referenced = vaultReferences(store);
  return (fileName) => {
    const id = idOf(fileName);
    return id !== null && referenced(id);
  };
}

function filesIn(folder: string, where: VaultFileInfo['where']): VaultFileInfo[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names.flatMap((name) => {
    if (idOf(name) === null) return [];
    try {
      const s = statSync(join(folder, name));
      return s.isFile() ? [{ name, where, bytes: s.size, modifiedAt: s.mtime.toISOString() }] : [];
    } catch {
      return [];
    }
  });
}

export const vaultFolderOf = (dataFolder: string): string => join(dataFolder, 'vault');
export const quarantineFolderOf = (dataFolder: string): string => join(dataFolder, QUARANTINE_FOLDER);

/** Unreferenced files still in the vault (any age), and everything in quarantine. */
export function listOrphans(dataFolder: string, store: JsonStore): VaultFileInfo[] {
  const claimed = claimedBy(store);
  const loose = filesIn(vaultFolderOf(dataFolder), 'vault').filter((f) => !claimed(f.name));
  return [...loose, ...filesIn(quarantineFolderOf(dataFolder), 'quarantine')];
}

/** A name not taken in the quarantine folder (the same id may be orphaned twice). */
function freeName(folder: string, name: string): string {
  if (!existsSync(join(folder, name))) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name}.${n}`;
    if (!existsSync(join(folder, candidate))) return candidate;
  }
}

/**
 * Move orphans older than the grace period into quarantine, and referenced files back out of it.
 * Runs inside one store transaction: no writer can add a reference while the files move.
 */
export function quarantineOrphans(
  dataFolder: string,
  store: JsonStore,
  options: SweepOptions = {},
): SweepOutcome {
  const grace = options.graceMs ?? ORPHAN_GRACE_MS;
  const now = (options.now ?? (() => new Date()))().getTime();
  const vault = vaultFolderOf(dataFolder);
  const quarantine = quarantineFolderOf(dataFolder);
  return store.update(() => {
    const claimed = claimedBy(store);
    const outcome: SweepOutcome = { quarantined: [], restored: [] };
    for (const file of filesIn(vault, 'vault')) {
      if (claimed(file.name) || now - Date.parse(file.modifiedAt) < grace) continue;
      mkdirSync(quarantine, { recursive: true, mode: 0o700 });
      renameSync(join(vault, file.name), join(quarantine, freeName(quarantine, file.name)));
      outcome.quarantined.push(file.name);
    }
    for (const file of filesIn(quarantine, 'quarantine')) {
      if (!file.name.endsWith(SUFFIX) || file.name.startsWith('.') || !claimed(file.name)) continue;
      if (existsSync(join(vault, file.name))) continue;
      mkdirSync(vault, { recursive: true, mode: 0o700 });
      renameSync(join(quarantine, file.name), join(vault, file.name));
      outcome.restored.push(file.name);
    }
    return outcome;
  });
}

/** Remove everything in quarantine for good (`vault sweep --delete`); returns the names removed. */
export function deleteQuarantined(dataFolder: string): string[] {
  const quarantine = quarantineFolderOf(dataFolder);
  const files = filesIn(quarantine, 'quarantine');
  for (const f of files) rmSync(join(quarantine, f.name), { force: true });
  return files.map((f) => f.name);
}

/** What the user reads after a sweep at start (app notice, CLI stderr), keyed; empty when nothing moved. */
export function sweepNotices(dataFolder: string, outcome: SweepOutcome): Message[] {
  const moved = outcome.quarantined.length;
  const back = outcome.restored.length;
  const folder = quarantineFolderOf(dataFolder);
  return [
    ...(moved === 1 ? [{ key: 'recovered.quarantinedOne' as const, params: { folder } }] : []),
    ...(moved > 1 ? [{ key: 'recovered.quarantinedMany' as const, params: { count: moved, folder } }] : []),
    ...(back === 1 ? [{ key: 'recovered.restoredOne' as const }] : []),
    ...(back > 1 ? [{ key: 'recovered.restoredMany' as const, params: { count: back } }] : []),
  ];
}

/**
 * The sweep at start (app and CLI): its notices, if any. A sweep that fails (a file in use on
 * Windows, a folder made read-only) must not keep the app from opening: it is tried next start.
 */
export function startSweep(dataFolder: string, store: JsonStore, options: SweepOptions = {}): Message[] {
  const outcome = sweepAtStart(dataFolder, store, options);
  return outcome ? sweepNotices(dataFolder, outcome) : [];
}

/** The same sweep, its outcome for a caller that needs the files moved. */
export function sweepAtStart(
  dataFolder: string,
  store: JsonStore,
  options: SweepOptions = {},
): SweepOutcome | null {
  try {
    return quarantineOrphans(dataFolder, store, options);
  } catch {
    return null;
  }
}
