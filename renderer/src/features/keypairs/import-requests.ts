/**
 * "Import a key pair" can be asked for from outside the Key Pairs screen: the File menu (an event
 * from main) and a .p12 dropped anywhere on the window. The request waits here until the screen
 * is shown and picks it up.
 */
export interface ImportRequest {
  /** A dropped file, or null to open the dialog empty (menu). */
  file: File | null;
}

type Listener = (request: ImportRequest) => void;

let pending: ImportRequest | null = null;
const listeners = new Set<Listener>();

export function requestImport(request: ImportRequest): void {
  if (listeners.size === 0) {
    pending = request;
    return;
  }
  for (const listener of listeners) listener(request);
}

/**
 * The request made while the screen was not shown. Read during render (which React may repeat, e.g.
 * when the lazily loaded screen suspends) and cleared once the screen is mounted.
 */
export function peekPendingImport(): ImportRequest | null {
  return pending;
}

export function clearPendingImport(): void {
  pending = null;
}

export function onImportRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const isKeyPairFileName = (name: string): boolean => /\.(p12|pfx)$/i.test(name);
