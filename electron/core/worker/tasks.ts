/**
 * Every task the core runs off the main thread: name -> function. A task takes one structured-
 * cloneable input and returns (a promise of) a cloneable value; it throws CodedError for what the
 * user must hear. Each domain adds one line here.
 */
import { generateKeyPairWithCertificate, type GenerateRequest } from '../keypairs/generate';
import { parseEdmx } from '../odata/edmx-parser';
import { openPkcs12 } from '../pkcs12/open';

export const TASKS = {
  'pkcs12.open': (input: { bytes: Uint8Array; password: string; now?: Date }) =>
    openPkcs12(input.bytes, input.password, input.now),
  'edmx.parse': (input: { bytes: Uint8Array; maxBytes?: number }) =>
    parseEdmx(input.bytes, input.maxBytes === undefined ? {} : { maxBytes: input.maxBytes }),
  'keypair.generate': (input: GenerateRequest) => generateKeyPairWithCertificate(input),
};

export type Tasks = typeof TASKS;
export type TaskName = keyof Tasks;
