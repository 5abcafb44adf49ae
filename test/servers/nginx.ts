/**
 * Debian's nginx (/usr/sbin/nginx) in front of CAP, with its own config in a temp folder, on three
 * free ports of 127.0.0.1: mTLS (`ssl_verify_client on`), basic auth (htpasswd made here) and a
 * self-signed server certificate. It runs in the foreground (`daemon off`) as our child, so stopping
 * it (or this process exiting) takes its workers with it.
 */
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild, type Child } from './child';
import { C4C_SERVICE_PATH } from './cap';
import { openssl } from './openssl';
import { sharedTestPki, type TestPki } from './pki';
import { freePorts } from './ports';

export const NGINX_BINARY = process.env.NGINX_BINARY ?? '/usr/sbin/nginx';

/**
 * Runs nginx (`$0 "$@"`) and stops it when our end of stdin closes: on stop(), and also when the
 * test process dies without cleaning up, which would otherwise orphan nginx. Exits with nginx.
 */
// A background job of a non-interactive shell gets /dev/null as stdin: keep ours on fd 3 for cat.
const WATCHDOG =
  'exec 3<&0; "$0" "$@" </dev/null & pid=$!; { cat <&3 >/dev/null; kill -TERM $pid 2>/dev/null; } & exec 3<&-; wait $pid';

export interface NginxServer {
  /** Service root URLs (https://127.0.0.1:<port>/sap/c4c/odata/v1/c4codataapi/). */
  mtlsUrl: string;
  basicUrl: string;
  selfSignedUrl: string;
  ports: { mtls: number; basic: number; selfSigned: number };
  /** Root CA of the mTLS and basic ports' server certificate (test/fixtures/pki/server-root.crt). */
  caPem: string;
  /** A client key pair the mTLS port trusts: .p12 with the whole chain. */
  clientP12: { path: string; password: string };
  /** Basic-auth user of the basic port. */
  user: string;
  password: string;
  /** The certificates used (and more: expired, untrusted client key pairs...). */
  pki: TestPki;
  /** Process id of the nginx master. */
  pid: number;
  startMs: number;
  /** The error log so far (for failed assertions). */
  errorLog(): Promise<string>;
  stop(): Promise<void>;
}

export interface NginxOptions {
  /** Where CAP (or any HTTP backend) listens, e.g. http://127.0.0.1:4004 */
  capUrl: string;
  pki?: TestPki;
  user?: string;
  password?: string;
  /**
   * Service paths the mTLS port refuses with 403 and an OData error body, as a tenant refuses a
   * service that is not in the communication arrangement (issue 13's authorization matrix).
   */
  refusedPaths?: string[];
}

function refused(paths: string[]): string {
  const body = (p: string) =>
    `<?xml version="1.0" encoding="utf-8"?><error xmlns="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata"><code>FORBIDDEN</code><message xml:lang="en">No authorization for service ${p}</message></error>`;
  return paths
    .map(
      (p) => `
    location ^~ ${p} {
      default_type application/xml;
      return 403 '${body(p)}';
    }`,
    )
    .join('');
}

function config(
  dir: string,
  backend: URL,
  ports: NginxServer['ports'],
  pki: TestPki,
  refusedPaths: string[] = [],
): string {
  const proxy = `
    location / {
      proxy_pass http://backend;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-Proto https;
    }`;
  const tls = (cert: string, key: string) =>
    `ssl_certificate ${cert};\n    ssl_certificate_key ${key};\n    ssl_protocols TLSv1.2 TLSv1.3;`;
  return `
daemon off;
master_process on;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log info;
events { worker_connections 256; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream backend { server ${backend.host}; keepalive 8; }
  server {
    listen 127.0.0.1:${ports.mtls} ssl;
    ${tls(pki.server.certPath, pki.server.keyPath)}
    ssl_client_certificate ${dir}/client-ca.pem;
    ssl_verify_client on;
    ssl_verify_depth 3;${refused(refusedPaths)}
    ${proxy}
  }
  server {
    listen 127.0.0.1:${ports.basic} ssl;
    ${tls(pki.server.certPath, pki.server.keyPath)}
    auth_basic "C4C";
    auth_basic_user_file ${dir}/htpasswd;
    ${proxy}
  }
  server {
    listen 127.0.0.1:${ports.selfSigned} ssl;
    ${tls(pki.selfSignedServer.certPath, pki.selfSignedServer.keyPath)}
    ${proxy}
  }
}
`;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => {
      resolve(false);
    });
  });
}

async function waitUntilListening(child: Child, ports: number[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null) throw new Error(`nginx exited: ${child.output()}`);
    const open = await Promise.all(ports.map(canConnect));
    if (open.every(Boolean)) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`nginx did not listen within ${timeoutMs} ms: ${child.output()}`);
}

export async function startNginx(options: NginxOptions): Promise<NginxServer> {
  const started = performance.now();
  const pki = options.pki ?? (await sharedTestPki());
  const user = options.user ?? 'TECH_USER';
  const password = options.password ?? 'Welcome1!';
  const dir = await mkdtemp(join(tmpdir(), 'c4c-nginx-'));
  // nginx's workers run as nobody when we are root: they must be able to enter the folder and read
  // htpasswd, or basic auth fails with 500 (RECIPES.md).
  await chmod(dir, 0o711);
  await writeFile(join(dir, 'client-ca.pem'), pki.clientCaPem);
  const hash = (await openssl(['passwd', '-apr1', password])).trim();
  await writeFile(join(dir, 'htpasswd'), `${user}:${hash}\n`, { mode: 0o644 });

  let lastError: unknown;
  // A port chosen free can be taken before nginx binds it: try again with fresh ports.
  for (let attempt = 0; attempt < 4; attempt++) {
    const [mtls = 0, basic = 0, selfSigned = 0] = await freePorts(3);
    const ports = { mtls, basic, selfSigned };
    await writeFile(
      join(dir, 'nginx.conf'),
      config(dir, new URL(options.capUrl), ports, pki, options.refusedPaths),
    );
    const child = startChild(
      '/bin/sh',
      ['-c', WATCHDOG, NGINX_BINARY, '-p', `${dir}/`, '-c', `${dir}/nginx.conf`, '-e', `${dir}/error.log`],
      { cwd: dir },
    );
    try {
      await waitUntilListening(child, [mtls, basic, selfSigned], 10_000);
    } catch (error) {
      lastError = error;
      await child.stop();
      continue;
    }
    const pid = Number((await readFile(join(dir, 'nginx.pid'), 'utf8').catch(() => '0')).trim());
    const base = (port: number) => `https://127.0.0.1:${port}${C4C_SERVICE_PATH}`;
    return {
      mtlsUrl: base(mtls),
      basicUrl: base(basic),
      selfSignedUrl: base(selfSigned),
      ports,
      caPem: pki.server.caPem,
      clientP12: { path: pki.client.p12Path, password: pki.client.password },
      user,
      password,
      pki,
      pid,
      startMs: performance.now() - started,
      errorLog: () => readFile(join(dir, 'error.log'), 'utf8').catch(() => ''),
      async stop() {
        await child.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  await rm(dir, { recursive: true, force: true });
  throw lastError instanceof Error ? lastError : new Error('nginx did not start.');
}
