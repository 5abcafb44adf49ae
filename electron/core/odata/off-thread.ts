import type { MetadataModel } from '../../../shared/domain/odata';
import { runTask } from '../worker/runner';

/**
 * parseEdmx in the core's worker thread: 7–30 MB of XML must not stall Electron's main process
 * (STYLE.md: heavy work off the UI thread). The bytes are copied and the copy transferred, so the
 * caller keeps its own for saving the .edmx.
 */
export function parseEdmxOffThread(bytes: Uint8Array, maxBytes?: number): Promise<MetadataModel> {
  // A real copy: Buffer#slice is a view of the same memory, and transferring its ArrayBuffer
  // emptied the caller's Buffer (the saved .edmx came out as 0 bytes).
  const copy = new Uint8Array(bytes);
  return runTask('edmx.parse', maxBytes === undefined ? { bytes: copy } : { bytes: copy, maxBytes }, [
    copy.buffer,
  ]);
}
