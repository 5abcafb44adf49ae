/**
 * Where non-secret data lives: one JSON file in the data folder, shared by the desktop app and the
 * command line (FileStore). Core depends only on this shape. Nothing secret may be stored here.
 */
export interface JsonStore {
  /** The value as the file holds it now (another process may have changed it). */
  get(key: string): unknown;
  /** One change: a transaction of its own unless inside `update`. */
  set(key: string, value: unknown): void;
  delete(key: string): void;
  /**
   * A read-modify-write as one transaction across processes: inside `change`, get/set/delete work
   * on the file as read under the data folder's lock, and the result is written once, atomically,
   * before the lock is released. When `change` throws, nothing is written.
   */
  update<T>(change: () => T): T;
  readonly path: string;
}
