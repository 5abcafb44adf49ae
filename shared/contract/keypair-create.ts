/**
 * Key pairs born in the app (issue 13): create (key made in main's worker, never sent anywhere),
 * certificate request, attaching the certificate the customer's CA signed, and moving an imported
 * .p12 to the trash. Nothing secret travels in any of these messages.
 */
import { z } from 'zod';
import { KeyPairSummary } from '../domain/keypair';
import { channel } from './define';
import { FileBytes, KeyPairName } from './keypairs';

const Id = z.string().min(1).max(128);

export const KeyKind = z.enum(['rsa2048', 'rsa3072', 'rsa4096', 'ec256']);
export type KeyKind = z.infer<typeof KeyKind>;
/** Ten years at most: a client certificate is renewed long before that. */
export const MAX_VALIDITY_DAYS = 3650;

export const keypairCreateContract = {
  'keypair:create': channel(
    z.strictObject({
      name: KeyPairName,
      subject: z.string().trim().min(3).max(1024),
      key: KeyKind,
      days: z.number().int().min(1).max(MAX_VALIDITY_DAYS),
    }),
    KeyPairSummary,
  ),
  /** Main asks where to save the request (.csr); only the path comes back. */
  'keypair:csr': channel(
    z.strictObject({ id: Id }),
    z.object({ saved: z.boolean(), path: z.string().nullable() }),
  ),
  /** The signed certificate (with its chain): .cer, .crt, .pem or .p7b bytes. */
  'keypair:attach-cert': channel(z.strictObject({ id: Id, bytes: FileBytes }), KeyPairSummary),
  /**
   * Move the .p12 just imported to the trash, after the user said yes. The path comes from the
   * preload (webUtils), and main moves the file only if its bytes are this key pair's original.
   */
  'keypair:trash-original': channel(
    z.strictObject({ id: Id, path: z.string().min(1).max(4096) }),
    z.object({ trashed: z.boolean() }),
  ),
};
