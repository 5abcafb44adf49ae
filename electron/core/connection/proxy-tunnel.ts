/**
 * The CONNECT tunnel through an HTTP(S) proxy: the request (with Basic sign-on when the proxy's
 * address carries a user and password, the only kind spoken here) and the proxy's answer, including
 * which sign-on schemes a 407 asks for, so the diagnosis can say what the proxy wants.
 */
import net from 'node:net';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import type { StageName } from './connector';
import type { Hop } from './proxy';
import { secureContextFor } from './secure-context';
import { asErrno, waitFor } from './socket-wait';

/** An entry of the route tried before the last one, and why it could not be reached. */
export interface TriedHop {
  /** The proxy's address without user and password, or DIRECT. */
  via: string;
  stage: StageName;
  /** The error's code (ECONNREFUSED, ETIMEDOUT, ENOTFOUND...) or message. */
  error: string;
}

/** What a failed connection knew about the proxy, for the diagnosis. */
export interface ProxyFacts {
  /** The proxy tried last, without user and password; null when that was DIRECT. */
  via: string | null;
  source: 'manual' | 'system' | null;
  /** The sign-on schemes a 407 asked for (Proxy-Authenticate), scheme names only. */
  authenticate: string[];
  /** Whether a proxy user and password were sent. */
  credentialsSent: boolean;
  /** The entries tried before the last one. */
  tried: TriedHop[];
  /** The SOCKS entries, when the system proxy offered nothing else. */
  socksOnly: string[] | null;
  /** The TLS handshake with an HTTPS proxy failed (its certificate, or not TLS at all). */
  proxyTlsFailed: boolean;
}

export const noProxyFacts = (): ProxyFacts => ({
  via: null,
  source: null,
  authenticate: [],
  credentialsSent: false,
  tried: [],
  socksOnly: null,
  proxyTlsFailed: false,
});

export interface ProxyAnswer {
  /** The status of the proxy's answer to CONNECT (0 when it was not HTTP). */
  status: number;
  /** The schemes of its Proxy-Authenticate headers ("Negotiate", "NTLM", "Basic"), never their tokens. */
  authenticate: string[];
  /** Whether a user and password were sent (Proxy-Authorization: Basic). */
  credentialsSent: boolean;
}

/**
 * The auth-schemes of Proxy-Authenticate values (RFC 9110 section 11.6.2: one or more challenges per
 * header, comma-separated, each a scheme token followed by a token68 or name=value parameters).
 * A token right after the start or a comma, not followed by "=", is a scheme.
 */
export function authSchemes(values: readonly string[]): string[] {
  const schemes: string[] = [];
  for (const value of values) {
    for (const m of value.matchAll(/(?:^|,)\s*([A-Za-z0-9!#$%&'*+.^_`|~-]+)(?=\s|,|$)(?!\s*=)/g)) {
      const scheme = m[1] ?? '';
      if (scheme && !schemes.some((s) => s.toLowerCase() === scheme.toLowerCase())) schemes.push(scheme);
    }
  }
  return schemes;
}

/** The head of the proxy's answer: status line and the values of its Proxy-Authenticate headers. */
function readHead(head: string): Pick<ProxyAnswer, 'status' | 'authenticate'> {
  const [statusLine = '', ...lines] = head.split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1];
  const values = lines
    .filter((l) => /^proxy-authenticate\s*:/i.test(l))
    .map((l) => l.slice(l.indexOf(':') + 1).trim());
  return { status: status ? Number(status) : 0, authenticate: authSchemes(values) };
}

const MAX_HEAD_BYTES = 64 * 1024;

/** Sends CONNECT host:port through the proxy and reads its status line and headers. */
export async function tunnel(
  socket: Duplex,
  proxy: URL,
  host: string,
  port: number,
  signal: AbortSignal,
): Promise<ProxyAnswer> {
  const target = net.isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
  const headers = [`CONNECT ${target} HTTP/1.1`, `Host: ${target}`, 'Proxy-Connection: keep-alive'];
  const credentialsSent = Boolean(proxy.username || proxy.password);
  if (credentialsSent) {
    const auth = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
    headers.push(`Proxy-Authorization: Basic ${Buffer.from(auth).toString('base64')}`);
  }
  socket.write(`${headers.join('\r\n')}\r\n\r\n`);
  return new Promise<ProxyAnswer>((resolve, reject) => {
    let buffered = Buffer.alloc(0);
    const onAbort = () => {
      socket.destroy();
      reject(asErrno(signal.reason));
    };
    const cleanup = () => {
      signal.removeEventListener('abort', onAbort);
      socket.off('data', onData);
      socket.off('error', onError);
      socket.off('end', onEnd);
    };
    const onData = (chunk: Buffer) => {
      const from = Math.max(0, buffered.length - 3);
      buffered = Buffer.concat([buffered, chunk]);
      const end = buffered.indexOf('\r\n\r\n', from);
      if (end < 0) {
        // A head that never ends must not grow without bound on main's event loop (Node's own
        // HTTP parser stops at 16 KiB of headers; a proxy's reply to CONNECT is a few lines).
        if (buffered.length > MAX_HEAD_BYTES) {
          cleanup();
          socket.destroy();
          reject(Object.assign(new Error('The proxy sent an endless reply to CONNECT.'), { code: 'EPROXY' }));
        }
        return;
      }
      cleanup();
      // Bytes after the head belong to the tunnel (none before our ClientHello, normally).
      if (end + 4 < buffered.length) socket.unshift(buffered.subarray(end + 4));
      resolve({ ...readHead(buffered.subarray(0, end).toString('latin1')), credentialsSent });
    };
    const onError = (e: Error) => {
      cleanup();
      reject(e);
    };
    const onEnd = () =>
      onError(Object.assign(new Error('The proxy closed the connection.'), { code: 'ECONNRESET' }));
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    socket.on('data', onData);
    socket.once('error', onError);
    socket.once('end', onEnd);
  });
}

/** Marks an error of the TLS handshake with an HTTPS proxy. */
const PROXY_TLS = Symbol('proxy TLS');
export const isProxyTlsError = (e: unknown): boolean => typeof e === 'object' && e !== null && PROXY_TLS in e;

/** TCP to the tenant or the proxy, and TLS to an HTTPS proxy; destroyed on failure. */
export async function reachHop(
  extraCa: string[],
  hop: Hop,
  to: { address: string; port: number; family: number; host: string },
  signal: AbortSignal,
  whileConnecting?: () => void,
): Promise<Duplex> {
  // No Nagle (curl and Node's own http agent say the same): the request follows the handshake's
  // last flight at once instead of waiting for its ACK.
  const socket = net.connect({ host: to.address, port: to.port, family: to.family, noDelay: true });
  // Node opens the connection on a later tick, not in net.connect. 'connectionAttempt' is "emitted
  // when a new connection attempt is started" (https://nodejs.org/api/net.html#event-connectionattempt;
  // in Node's lib/net.js right before the connect call), so the work given runs in the microtask
  // after it: while the kernel waits for the server's answer.
  if (whileConnecting) socket.once('connectionAttempt', () => queueMicrotask(whileConnecting));
  await waitFor(socket, 'connect', signal);
  if (hop.kind !== 'proxy' || hop.url.protocol !== 'https:') return socket;
  const toProxy = tls.connect({
    socket,
    servername: net.isIP(to.host) ? undefined : to.host,
    // The name (or IP address) the proxy's certificate is checked against: without it, Node checks
    // an IP-addressed proxy's certificate against "localhost".
    host: to.host,
    secureContext: secureContextFor({ extraCa }),
    minVersion: 'TLSv1.2',
    // Whatever NODE_TLS_REJECT_UNAUTHORIZED says: the proxy's credentials go only to a verified proxy.
    rejectUnauthorized: true,
  });
  try {
    await waitFor(toProxy, 'secureConnect', signal);
  } catch (e) {
    toProxy.destroy();
    throw Object.assign(asErrno(e), { [PROXY_TLS]: true });
  }
  return toProxy;
}
