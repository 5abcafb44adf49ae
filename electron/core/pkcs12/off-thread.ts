import { runTask } from '../worker/runner';
import type { OpenedKeyPair } from './open';

/**
 * openPkcs12 in the core's worker thread. The bytes are copied before they are transferred, so the
 * caller keeps its own (e.g. to store the original file in the vault).
 */
export function openPkcs12OffThread(bytes: Uint8Array, password: string, now?: Date): Promise<OpenedKeyPair> {
  // new Uint8Array(view) copies into an ArrayBuffer of exactly this size. (Buffer#slice would share
  // memory, and a Buffer's .buffer may be Node's shared pool: transferring it would detach others.)
  const copy = new Uint8Array(bytes);
  return runTask('pkcs12.open', { bytes: copy, password, now }, [copy.buffer]);
}
