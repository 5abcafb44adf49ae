/**
 * What main needs from the desktop that core cannot do in plain Node. The app implements it with
 * Electron; the e2e harness with plain Node (save "dialogs" that answer a path the test chose).
 */
export interface SaveDialogRequest {
  title: string;
  defaultName: string;
  filters: { name: string; extensions: string[] }[];
}

export interface Question {
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  cancelId: number;
}

export interface Host {
  versions: { electron: string | null; chrome: string | null; node: string };
  openExternal(url: string): Promise<void>;
  /** Shows a file in the desktop's file manager, selected where the platform can. */
  showItemInFolder(path: string): void;
  /** Resolves the chosen path, or null when the user cancelled. */
  showSaveDialog(req: SaveDialogRequest): Promise<string | null>;
  notify(title: string, body: string): void;
  /** Put text on the OS clipboard (copy buttons). */
  writeClipboard(text: string): Promise<void>;
  /**
   * Moves a file to the OS trash (Recycle Bin on Windows), so the user can still restore it.
   * Optional: hosts made for tests that never trash anything leave it out.
   */
  trashItem?(path: string): Promise<void>;
  /**
   * A question only the user may answer, in a native dialog main owns: a page (compromised or not)
   * cannot answer it for the user, as it could a flag in an IPC request. Resolves the index of the
   * chosen button; closing the dialog answers `cancelId`. Optional: without it nothing is asked
   * and the question's safe answer (send nothing) holds.
   */
  ask?(question: Question): Promise<number>;
  /** PAC-style answer for a URL ("DIRECT", "PROXY host:port; DIRECT"), as Electron resolves it. */
  resolveSystemProxy(url: string): Promise<string>;
}
