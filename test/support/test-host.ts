/**
 * The desktop host (electron/main/host.ts) for tests, in plain Node: one factory instead of a
 * hand-written object per test. It records every call (save dialogs, notifications, links opened,
 * files shown, clipboard, trash, main's own questions), so a test can check what main did, and
 * takes overrides for what a test needs to answer differently.
 */
import { rm } from 'node:fs/promises';
import type { Host, Question, SaveDialogRequest } from '../../electron/main/host';

export interface TestHost extends Host {
  /** The path the next save dialog answers with (null = the user cancels); none queued = cancel. */
  nextSavePath(path: string | null): void;
  readonly saveDialogs: SaveDialogRequest[];
  readonly notifications: { title: string; body: string }[];
  readonly openedExternal: string[];
  /** Files shown in the file manager (practice key pair's "Open folder"). */
  readonly shownInFolder: string[];
  /** What main wrote to the clipboard, newest last (Electron's clipboard.writeText in the app). */
  readonly clipboard: string[];
  /** Files moved to the "trash" (see trashItem below), in order. */
  readonly trashed: string[];
  /** The user's answers to main's own dialogs (button index), in order; none left = closed. */
  readonly answers: number[];
  /** What main asked in its own dialogs. */
  readonly asked: Question[];
}

export function testHost(overrides: Partial<Host> = {}): TestHost {
  const savePaths: (string | null)[] = [];
  const recorded = {
    saveDialogs: [] as SaveDialogRequest[],
    notifications: [] as { title: string; body: string }[],
    openedExternal: [] as string[],
    shownInFolder: [] as string[],
    clipboard: [] as string[],
    trashed: [] as string[],
    answers: [] as number[],
    asked: [] as Question[],
  };
  const host: Host = {
    versions: { electron: null, chrome: null, node: process.versions.node },
    openExternal: (url) => {
      recorded.openedExternal.push(url);
      return Promise.resolve();
    },
    showItemInFolder: (path) => recorded.shownInFolder.push(path),
    showSaveDialog: (req) => {
      recorded.saveDialogs.push(req);
      return Promise.resolve(savePaths.shift() ?? null);
    },
    notify: (title, body) => recorded.notifications.push({ title, body }),
    writeClipboard: (text) => {
      recorded.clipboard.push(text);
      return Promise.resolve();
    },
    trashItem: async (path) => {
      // A stand-in for the OS trash: the file leaves its folder and is remembered.
      recorded.trashed.push(path);
      await rm(path);
    },
    // Main's own question: the next queued answer, or closed (cancelId), as a user closing it.
    ask: (q) => {
      recorded.asked.push(q);
      return Promise.resolve(recorded.answers.shift() ?? q.cancelId);
    },
    resolveSystemProxy: () => Promise.resolve('DIRECT'),
  };
  return { ...host, ...overrides, ...recorded, nextSavePath: (path) => savePaths.push(path) };
}
