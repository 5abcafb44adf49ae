/**
 * The preload's one file helper (electron/preload): absent in the e2e harness and in a plain
 * browser, where the trash offer is not shown.
 */
interface FileHelpers {
  trashOriginal(id: string, file: File): Promise<{ ok: boolean; error?: { code: string; message: string } }>;
}

export function fileHelpers(): FileHelpers | null {
  return (window as unknown as { c4cFiles?: FileHelpers }).c4cFiles ?? null;
}
