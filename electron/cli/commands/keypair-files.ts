import { access } from 'node:fs/promises';
import { usageError } from '../io';

/** An existing file is replaced only with --force. */
export async function refuseOverwrite(path: string, force: boolean): Promise<void> {
  if (force) return;
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (exists) throw usageError('usage.fileExists', { path });
}
