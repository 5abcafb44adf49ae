/**
 * Where non-secret data lives: electron-store in the app, a `conf` instance (the library under
 * electron-store) in the CLI and in tests. Both already have this shape; core depends only on it,
 * never on electron. Nothing secret may be stored through this interface.
 */
export interface JsonStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  readonly path: string;
}
