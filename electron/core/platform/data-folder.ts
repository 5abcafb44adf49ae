import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'C4C Connect';

/**
 * Where the app keeps its data. The same folder Electron calls `userData` for this product, so the
 * desktop app and the command line see the same connections and key pairs. C4C_CONNECT_DATA_DIR
 * overrides it (tests, portable use).
 */
export function resolveDataFolder(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const override = env.C4C_CONNECT_DATA_DIR;
  if (override) return override;
  switch (platform) {
    case 'win32':
      return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
    case 'darwin':
      return join(home, 'Library', 'Application Support', PRODUCT_NAME);
    default:
      return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), PRODUCT_NAME);
  }
}
