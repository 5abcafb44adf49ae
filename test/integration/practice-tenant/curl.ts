/** A real client for the practice tenant's tests: curl (OpenSSL) with the tenant's CA and .p12. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface CurlAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface CurlOptions {
  caPath: string;
  p12?: { path: string; password: string };
  basic?: { user: string; password: string };
  headers?: Record<string, string>;
  method?: string;
  cookieJar?: string;
}

export async function curl(url: string, o: CurlOptions): Promise<CurlAnswer> {
  const args = ['-sS', '-D', '-', '--cacert', o.caPath];
  if (o.p12) args.push('--cert-type', 'P12', '--cert', `${o.p12.path}:${o.p12.password}`);
  if (o.basic) args.push('-u', `${o.basic.user}:${o.basic.password}`);
  for (const [k, v] of Object.entries(o.headers ?? {})) args.push('-H', `${k}: ${v}`);
  if (o.method) args.push('-X', o.method);
  if (o.cookieJar) args.push('-b', o.cookieJar, '-c', o.cookieJar);
  const { stdout } = await run('curl', [...args, url], { maxBuffer: 20 * 1024 * 1024 });
  const cut = stdout.indexOf('\r\n\r\n');
  const head = stdout.slice(0, cut).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of head.slice(1)) {
    const i = line.indexOf(':');
    headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
  }
  return { status: Number(head[0]?.split(' ')[1]), headers, body: stdout.slice(cut + 4) };
}

/** The curl exit code when it fails before any HTTP answer (e.g. 56 for a refused handshake). */
export async function curlFails(url: string, o: CurlOptions): Promise<number | null> {
  return curl(url, o).then(
    () => null,
    (error: unknown) => (error as { code?: number }).code ?? -1,
  );
}
