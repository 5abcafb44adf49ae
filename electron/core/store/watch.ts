import { watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { FileStore } from './file-store';

/**
 * Call `onChange` when another process (the CLI, a second window) replaced the store file, so the
 * app can show what it wrote without a restart. Our own writes are recognised by the file's
 * identity and stay silent. Watches the folder, not the file: every write is a rename onto the
 * name, which ends a watch on the file itself. Bursts are folded into one call.
 */
export function watchForOutsideChanges(store: FileStore, onChange: () => void, debounceMs = 150): () => void {
  let last = store.signature();
  let timer: NodeJS.Timeout | undefined;
  const check = () => {
    timer = undefined;
    const now = store.signature();
    if (now === last) return;
    last = now;
    if (!store.wrote(now)) onChange();
  };
  const name = basename(store.path);
  let watcher: ReturnType<typeof watch>;
  try {
    watcher = watch(dirname(store.path), { persistent: false }, (_event, file) => {
      // Some platforms do not say which file changed: check then too.
      if (file !== null && file !== name) return;
      clearTimeout(timer);
      timer = setTimeout(check, debounceMs);
    });
  } catch {
    // No watching (a network folder): the window still re-reads when it gets the focus.
    return () => undefined;
  }
  watcher.on('error', () => watcher.close());
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
