import { useEffect } from 'react';
import { api } from '../../api';
import { isKeyPairFileName, requestImport } from './import-requests';

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * The File menu's "Import Key Pair…" and a .p12/.pfx dropped anywhere on the window both open the
 * import dialog on the Key Pairs screen. Without preventDefault on dragover/drop, Chromium would
 * open the dropped file itself (main blocks that navigation, but the drop would be lost).
 */
export function useKeyPairImportTriggers(showKeyPairs: () => void): void {
  useEffect(() => {
    const offMenu = api.on('menu:import-key-pair', () => {
      requestImport({ file: null });
      showKeyPairs();
    });
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      const file = Array.from(event.dataTransfer?.files ?? []).find((f) => isKeyPairFileName(f.name));
      if (!file) return;
      requestImport({ file });
      showKeyPairs();
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      offMenu();
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [showKeyPairs]);
}
