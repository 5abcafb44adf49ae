/**
 * Key pairs: import a .p12 (parsed off the main thread), keep its secret half in the vault and its
 * summary in the store, and hand the key and chain to the connection test. Names are unique
 * (case-insensitive) because the CLI addresses key pairs by name.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { ExportFormat } from '../../../shared/contract/keypairs';
import type { KeyPairSummary } from '../../../shared/domain/keypair';
import { codedError } from '../../../shared/result';
import { openPkcs12OffThread, type OpenedKeyPair } from '../pkcs12/index';
import type { JsonStore } from '../store/json-store';
import type { Vault } from '../vault/index';
import { writeFileAtomic } from '../vault/index';
import { chainForKey, readCertificates } from './attach';
import { openedFromKeyAndChain } from './created';
import { certificateRequest } from './csr';
import { exportBytes } from './export';
import type { GeneratedKeyPair, GenerateRequest } from './generate';
import { generateKeyPairOffThread } from './off-thread';
import { readRecords, toSummary, withCurrentDates, writeRecords, type KeyPairRecord } from './records';
import { decodeSecret, encodeSecret, type KeyPairSecret } from './secret';

export interface KeyPairFile {
  fileName: string;
  bytes: Uint8Array;
  password: string;
}

export interface ImportRequest extends KeyPairFile {
  name: string;
}

/** What a TLS client needs; leaf first in `chainPem`. */
export interface TlsMaterial {
  keyPem: string;
  chainPem: string[];
  /** ISO 8601, the leaf's end of validity. */
  notAfter: string;
}

export type OpenKeyPairFile = (bytes: Uint8Array, password: string, now?: Date) => Promise<OpenedKeyPair>;

export interface KeyPairServiceOptions {
  now?: () => Date;
  /** How files are read; the worker-thread reader by default. */
  open?: OpenKeyPairFile;
  /** How new keys are made; in the worker thread by default. */
  generate?: (request: GenerateRequest) => Promise<GeneratedKeyPair>;
}

export interface CreateRequest extends Omit<GenerateRequest, 'now'> {
  name: string;
}

const notFound = () =>
  codedError('NOT_FOUND', 'keypairs.gone');

export class KeyPairService {
  private readonly now: () => Date;
  private readonly open: OpenKeyPairFile;
  private readonly generate: (request: GenerateRequest) => Promise<GeneratedKeyPair>;

  constructor(
    private readonly vault: Vault,
    private readonly store: JsonStore,
    options: KeyPairServiceOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.open = options.open ?? openPkcs12OffThread;
    this.generate = options.generate ?? generateKeyPairOffThread;
  }

  list(): KeyPairSummary[] {
    return readRecords(this.store)
      .map((r) => this.summary(r))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  get(id: string): KeyPairSummary {
    return this.summary(this.record(id));
  }

  /** Today's dates, and SECRET_MISSING when the vault file is gone: shown, never a crash. */
  private summary(record: KeyPairRecord): KeyPairSummary {
    const summary = toSummary(withCurrentDates(record, this.now()));
    if (!this.vault.hasSecretFile(record.secretId))
      summary.warnings = ['SECRET_MISSING', ...summary.warnings];
    return summary;
  }

  /** By id, or by name (case-insensitive) as the CLI addresses them. */
  find(idOrName: string): KeyPairSummary | null {
    const records = readRecords(this.store);
    const wanted = idOrName.trim().toLowerCase();
    const hit =
      records.find((r) => r.id === idOrName) ?? records.find((r) => r.name.toLowerCase() === wanted);
    return hit ? this.summary(hit) : null;
  }

  /**
   * Read the file (errors such as WRONG_PASSWORD store nothing), then the secret into the vault,
   * then the summary into the store. A failure after the vault write removes the secret again.
   */
  async import(request: ImportRequest): Promise<KeyPairSummary> {
    const name = this.checkName(request.name);
    const opened = await this.open(request.bytes, request.password, this.now());
    return this.add(name, request, opened);
  }

  /** The secret into the vault, then the summary into the store; a failed append removes the secret. */
  private async add(name: string, file: KeyPairFile | null, opened: OpenedKeyPair): Promise<KeyPairSummary> {
    const id = randomUUID();
    const record = await this.storeSecret(id, name, file, opened);
    try {
      // One transaction: the name check and the append see what another process wrote meanwhile.
      this.store.update(() => {
        this.checkName(name);
        writeRecords(this.store, [...readRecords(this.store), record]);
      });
    } catch (error) {
      await this.vault.deleteSecret(record.secretId);
      throw error;
    }
    return this.get(id);
  }

  /** Connections point at the id, so they (and the hand-over's keystore alias) follow the new name. */
  rename(id: string, newName: string): KeyPairSummary {
    this.store.update(() => {
      const name = this.checkName(newName, id);
      const records = readRecords(this.store);
      if (!records.some((r) => r.id === id)) throw notFound();
      writeRecords(
        this.store,
        records.map((r) => (r.id === id ? { ...r, name } : r)),
      );
    });
    return this.get(id);
  }

  /**
   * Renewal: the new file goes into the vault under a new secret id first; only when it is safely
   * stored does the key pair point at it, and only then is the old secret removed. A crash at any
   * step leaves a working key pair (old or new).
   */
  async replace(id: string, file: KeyPairFile): Promise<KeyPairSummary> {
    const old = this.record(id);
    const opened = await this.open(file.bytes, file.password, this.now());
    const record = await this.storeSecret(id, old.name, file, opened);
    // Renamed meanwhile (another window, the CLI): the new name stays.
    return this.pointAt(id, record, (current) => ({ name: current.name }));
  }

  /**
   * Secret first: if the app stops in between, what remains is a summary without a secret, not the
   * reverse. The record is removed as it is at that moment: if a renewal or attach pointed it at a
   * new secret meanwhile (another window, the CLI), that secret goes too, rather than stay unused.
   */
  async delete(id: string): Promise<boolean> {
    const record = readRecords(this.store).find((r) => r.id === id);
    if (!record) return false;
    await this.vault.deleteSecret(record.secretId);
    const removed = this.store.update(() => {
      const records = readRecords(this.store);
      writeRecords(
        this.store,
        records.filter((r) => r.id !== id),
      );
      return records.find((r) => r.id === id);
    });
    if (removed && removed.secretId !== record.secretId) await this.vault.deleteSecret(removed.secretId);
    return true;
  }

  async tlsMaterial(id: string): Promise<TlsMaterial> {
    const record = this.record(id);
    const secret = await this.secret(record);
    return { keyPem: secret.keyPem, chainPem: secret.chainPem, notAfter: record.certificate.notAfter };
  }

  /** Write an export to `path` (which the user chose in a save dialog). */
  async exportTo(id: string, format: ExportFormat, path: string, newPassword?: string): Promise<void> {
    const record = this.record(id);
    const secret = await this.secret(record);
    const file = await exportBytes(secret, format, record.name, newPassword);
    await writeFileAtomic(path, file.bytes, file.mode);
  }

  /** A key pair born here: new key and self-signed certificate, stored like an imported one. */
  async create(request: CreateRequest): Promise<KeyPairSummary> {
    const name = this.checkName(request.name);
    const made = await this.generate({ ...request, now: this.now() });
    const opened = openedFromKeyAndChain(made.keyPem, [made.certPem], this.now());
    return this.add(name, null, opened);
  }

  /** A certificate request (PEM) signed with the key pair's key, for the customer's CA. */
  async certificateRequest(id: string): Promise<string> {
    const record = this.record(id);
    const secret = await this.secret(record);
    const leaf = secret.chainPem[0];
    if (leaf === undefined) throw codedError('VAULT_CORRUPT', 'keypairs.noCertificate');
    return certificateRequest(secret.keyPem, leaf);
  }

  /**
   * The signed certificate (and chain) completes the key pair: checked to belong to its key first,
   * then stored as a renewal is (new secret, then the record, then the old secret removed).
   */
  async attachCertificate(id: string, bytes: Uint8Array): Promise<KeyPairSummary> {
    const old = this.record(id);
    const secret = await this.secret(old);
    const chainPem = chainForKey(secret.keyPem, readCertificates(bytes));
    const opened = openedFromKeyAndChain(secret.keyPem, chainPem, this.now());
    const record = await this.storeSecret(id, old.name, null, opened);
    // Built from the key `old` pointed at: only valid while the key pair still points there.
    return this.pointAt(id, record, (current) => ({ name: current.name, importedAt: current.importedAt }), {
      expectedSecretId: old.secretId,
    });
  }

  /**
   * The key pair points at its new secret (already in the vault), then the secret it pointed at is
   * removed. The record is read again inside the transaction: a rename made meanwhile (another
   * window, the CLI) is kept through `keep`, a delete made meanwhile is not undone (the new secret
   * goes again), and of two renewals at once the secret the last one replaced is the one removed,
   * so none is left unreferenced. With `expectedSecretId` (an attach, whose new secret holds the key
   * it read), a key pair renewed or completed meanwhile is left as it is: KEYPAIR_CHANGED.
   */
  private async pointAt(
    id: string,
    record: KeyPairRecord,
    keep: (current: KeyPairRecord) => Partial<KeyPairRecord>,
    only: { expectedSecretId?: string } = {},
  ): Promise<KeyPairSummary> {
    let replaced: KeyPairRecord;
    try {
      replaced = this.store.update(() => {
        const records = readRecords(this.store);
        const current = records.find((r) => r.id === id);
        if (!current) throw notFound();
        if (only.expectedSecretId !== undefined && current.secretId !== only.expectedSecretId) {
          throw codedError('KEYPAIR_CHANGED', 'keypairs.changedMeanwhile', { name: current.name });
        }
        writeRecords(
          this.store,
          records.map((r) => (r.id === id ? { ...record, ...keep(current) } : r)),
        );
        return current;
      });
    } catch (error) {
      await this.vault.deleteSecret(record.secretId);
      throw error;
    }
    await this.vault.deleteSecret(replaced.secretId);
    return this.get(id);
  }

  /** Are these bytes exactly the .p12 this key pair was imported from? (Before moving a file to the trash.) */
  async isOriginalFile(id: string, bytes: Uint8Array): Promise<boolean> {
    const secret = await this.secret(this.record(id));
    return secret.p12 !== null && secret.p12.equals(bytes);
  }

  private record(id: string): KeyPairRecord {
    const record = readRecords(this.store).find((r) => r.id === id);
    if (!record) throw notFound();
    return record;
  }

  private async secret(record: KeyPairRecord): Promise<KeyPairSecret> {
    const bytes = await this.vault.getSecret(record.secretId);
    if (bytes === null) {
      throw codedError('SECRET_MISSING', 'keypairs.secretMissing', { name: record.name }, { keyPairName: record.name });
    }
    const secret = decodeSecret(bytes);
    if (!secret) {
      throw codedError('VAULT_CORRUPT', 'keypairs.unreadable', { name: record.name });
    }
    return secret;
  }

  private async storeSecret(
    id: string,
    name: string,
    /** The .p12 it came from; null for a key pair created (or completed) here. */
    file: KeyPairFile | null,
    opened: OpenedKeyPair,
  ): Promise<KeyPairRecord> {
    const secretId = `kp-${randomUUID()}`;
    await this.vault.putSecret(
      secretId,
      encodeSecret({
        p12: file ? Buffer.from(file.bytes) : null,
        password: file ? file.password : null,
        keyPem: opened.keyPem,
        chainPem: opened.chainPem,
      }),
    );
    return {
      ...opened.inspection,
      id,
      name,
      secretId,
      // Only the base name: a full path would tell more about the user's disk than needed.
      fileName: file ? basename(file.fileName.replace(/\\/g, '/')) : '',
      importedAt: this.now().toISOString(),
      ...(file ? {} : { origin: 'created' as const }),
    };
  }

  private checkName(raw: string, exceptId?: string): string {
    const name = raw.trim();
    if (name === '' || name.length > 100) {
      throw codedError('BAD_INPUT', 'keypairs.nameLength');
    }
    const clash = readRecords(this.store).find(
      (r) => r.id !== exceptId && r.name.toLowerCase() === name.toLowerCase(),
    );
    if (clash) {
      throw codedError('BAD_INPUT', 'keypairs.nameTaken', { name: clash.name });
    }
    return name;
  }
}
