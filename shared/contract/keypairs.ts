/**
 * Key pair channels. The import request is the only message that ever carries a password or the
 * bytes of a .p12 (renderer to main, once). No response declares a field for a password, a private
 * key or file bytes: the door strips anything undeclared, and the handlers never return them.
 */
import { z } from 'zod';
import { MAX_KEY_PAIR_FILE_BYTES } from '../constants';
import { KeyPairSummary } from '../domain/keypair';
import { channel } from './define';
import { RecordId } from '../domain/safe-text';

/** The largest key pair file accepted (a real one is a few KiB); the renderer checks it first. */
export { MAX_KEY_PAIR_FILE_BYTES };
export const MAX_PASSWORD_LENGTH = 1024;

/**
 * Bytes as the structured clone delivers them (Uint8Array; a Node Buffer is one too). Checked by
 * tag rather than instanceof, so a Uint8Array from another realm is accepted as well.
 */
export const FileBytes = z
  .custom<Uint8Array>(
    (v) => ArrayBuffer.isView(v) && Object.prototype.toString.call(v) === '[object Uint8Array]',
    { error: 'expected the file bytes' },
  )
  .refine((v) => v.byteLength > 0 && v.byteLength <= MAX_KEY_PAIR_FILE_BYTES, {
    error: 'file size out of range',
  });

const Id = RecordId(128);
export const KeyPairName = z.string().trim().min(1).max(100);
const FileName = z.string().min(1).max(255);
const Password = z.string().max(MAX_PASSWORD_LENGTH);

export const KeyPairFile = z.strictObject({ fileName: FileName, bytes: FileBytes, password: Password });

export const ExportFormat = z.enum(['p12-original', 'p12-new-password', 'cert-pem', 'cert-der']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const keypairContract = {
  'keypair:import': channel(
    z.strictObject({ name: KeyPairName, fileName: FileName, bytes: FileBytes, password: Password }),
    KeyPairSummary,
  ),
  'keypair:list': channel(z.strictObject({}), z.object({ keyPairs: z.array(KeyPairSummary) })),
  'keypair:get': channel(z.strictObject({ id: Id }), KeyPairSummary),
  'keypair:rename': channel(z.strictObject({ id: Id, name: KeyPairName }), KeyPairSummary),
  'keypair:delete': channel(z.strictObject({ id: Id }), z.object({ deleted: z.boolean() })),
  /** Renewal: a new file for the same key pair (connections keep pointing at it). */
  'keypair:replace': channel(
    z.strictObject({ id: Id, fileName: FileName, bytes: FileBytes, password: Password }),
    KeyPairSummary,
  ),
  /** Main asks where to save (a save dialog the user confirms); nothing secret comes back. */
  'keypair:export': channel(
    z
      .strictObject({ id: Id, format: ExportFormat, newPassword: Password.min(1).optional() })
      .refine((r) => r.format !== 'p12-new-password' || r.newPassword !== undefined, {
        error: 'a new password is needed',
        path: ['newPassword'],
      }),
    z.object({ saved: z.boolean(), path: z.string().nullable() }),
  ),
};
