/**
 * Export of a key pair for SAP Cloud Integration's keystore and for partners: the .p12 as it was
 * imported, the same key pair re-protected with a new password (AES-256, via buildPkcs12), or the
 * certificate alone. Always to a path the user confirmed in a save dialog.
 */
import { X509Certificate } from 'node:crypto';
import type { ExportFormat } from '../../../shared/contract/keypairs';
import { codedError } from '../../../shared/result';
import { buildPkcs12 } from '../pkcs12/index';
import type { KeyPairSecret } from './secret';

export interface ExportFile {
  bytes: Uint8Array;
  /** Files holding the private key are readable by the user only. */
  mode: number;
  extension: 'p12' | 'crt' | 'cer';
}

export const EXPORT_EXTENSION: Record<ExportFormat, ExportFile['extension']> = {
  'p12-original': 'p12',
  'p12-new-password': 'p12',
  // .crt (PEM) and .cer (DER). C4C's upload in Edit Credentials > Certificate takes only a .cer
  // file whose name has one dot (https://userapps.support.sap.com/sap/support/knowledge/en/3141132);
  // fileNameFor gives a .cer export such a name.
  'cert-pem': 'crt',
  'cert-der': 'cer',
};

export async function exportBytes(
  secret: KeyPairSecret,
  format: ExportFormat,
  friendlyName: string,
  newPassword?: string,
): Promise<ExportFile> {
  const leaf = secret.chainPem[0];
  if (leaf === undefined) throw codedError('VAULT_CORRUPT', 'keypairs.noCertificate');
  switch (format) {
    case 'p12-original':
      if (!secret.p12) {
        throw codedError('BAD_INPUT', 'keypairs.noOriginal');
      }
      return { bytes: secret.p12, mode: 0o600, extension: 'p12' };
    case 'p12-new-password': {
      if (!newPassword) {
        throw codedError('BAD_INPUT', 'keypairs.newPassword');
      }
      const bytes = await buildPkcs12(secret.keyPem, secret.chainPem, newPassword, friendlyName);
      return { bytes, mode: 0o600, extension: 'p12' };
    }
    case 'cert-pem':
      return {
        bytes: Buffer.from(new X509Certificate(leaf).toString(), 'utf8'),
        mode: 0o644,
        extension: 'crt',
      };
    case 'cert-der':
      return { bytes: new X509Certificate(leaf).raw, mode: 0o644, extension: 'cer' };
  }
}
