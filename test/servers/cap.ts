/**
 * A real OData V2 service: SAP CAP (@sap/cds 9, in-memory SQLite through sql.js, the
 * odata-v2-adapter) serving test/fixtures/cap at C4C's path. Runs as a child process
 * (test/fixtures/cap/server.cjs) so CAP's global state never leaks into a test worker.
 */
import { startChild } from './child';
import { fixturePath } from './paths';

export const C4C_SERVICE_PATH = '/sap/c4c/odata/v1/c4codataapi/';

export interface CapServer {
  /** http://127.0.0.1:<port> */
  url: string;
  /** url + /sap/c4c/odata/v1/c4codataapi/ */
  serviceUrl: string;
  /** How long the start took, in ms. */
  startMs: number;
  stop(): Promise<void>;
}

export async function startCap(options: { timeoutMs?: number } = {}): Promise<CapServer> {
  const started = performance.now();
  const child = startChild(process.execPath, [fixturePath('cap', 'server.cjs')], {
    cwd: fixturePath('cap'),
    env: { ...process.env, NODE_ENV: 'test', CDS_ENV: 'test' },
  });
  try {
    const line = await child.waitForLine((l) => l.startsWith('{"url"'), options.timeoutMs ?? 30_000);
    const { url } = JSON.parse(line) as { url: string };
    return {
      url,
      serviceUrl: url + C4C_SERVICE_PATH,
      startMs: performance.now() - started,
      stop: () => child.stop(),
    };
  } catch (error) {
    await child.stop();
    throw error;
  }
}
