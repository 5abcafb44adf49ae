/**
 * Opens the TLS connection to the tenant in measured stages: dns -> tcp (and the proxy's CONNECT
 * tunnel) -> tls. Each stage is timed around the real call (dns.lookup, net.connect, tls.connect),
 * and a failure says in which stage it happened. Certificate verification always stays on.
 */
import { lookup } from 'node:dns/promises';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import tls from 'node:tls';
import type { Duplex } from 'node:stream';
import type { Route } from './proxy';
import { proxyLabel } from './proxy';
import { secureContextFor } from './secure-context';
import { readTlsFacts, type TlsFacts } from './tls-facts';

export type StageName = 'dns' | 'tcp' | 'tls' | 'http' | 'odata';

export interface StageRecord {
  name: StageName;
  ok: boolean;
  ms: number;
  detail: Record<string, unknown>;
}

export class ConnectFailure extends Error {
  constructor(
    readonly stage: StageName,
    override readonly cause: NodeJS.ErrnoException,
    readonly viaProxy: boolean,
    /** The proxy's answer to CONNECT when it was not 200. */
    readonly proxyStatus: number | null = null,
  ) {
    super(cause.message);
    this.name = 'ConnectFailure';
  }
}

/** What one staged connection recorded; the test reads it, the OData client ignores it. */
export class ConnectTrace {
  stages: StageRecord[] = [];
  tls: TlsFacts | null = null;
  failure: ConnectFailure | null = null;
  /** performance.now() when the TLS connection was ready for the first request. */
  readyAt: number | null = null;
  /** Which stage is running now (for a timeout's diagnosis). */
  current: StageName | null = null;
  record(name: StageName, ok: boolean, started: number, detail: Record<string, unknown>): void {
    this.stages.push({ name, ok, ms: round(performance.now() - started), detail });
  }
}

/** Read through a call so narrowing from an earlier check does not stick (the signal changes). */
const isAborted = (signal: AbortSignal): boolean => signal.aborted;

export const round = (ms: number) => Math.round(ms * 100) / 100;

export interface ConnectOptions {
  host: string;
  port: number;
  route: Route;
  key?: string;
  cert?: string;
  /** PEM certificates trusted in addition to Node's default roots. */
  extraCa: string[];
  signal: AbortSignal;
  /** Only the first connection of a test is traced. */
  trace?: ConnectTrace | undefined;
}

const asErrno = (e: unknown): NodeJS.ErrnoException => (e instanceof Error ? e : new Error(String(e)));

/** Resolves when `emitter` emits `ok`, rejects on error/abort, tearing `socket` down on abort. */
function waitFor(socket: Duplex, ok: string, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      socket.destroy();
      reject(asErrno(signal.reason));
    };
    const done = (error?: Error) => {
      signal.removeEventListener('abort', onAbort);
      socket.off(ok, onOk);
      socket.off('error', done);
      socket.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onOk = () => done();
    const onClose = () =>
      done(Object.assign(new Error('The connection was closed.'), { code: 'ECONNRESET' }));
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once(ok, onOk);
    socket.once('error', done);
    socket.once('close', onClose);
  });
}

/** Sends CONNECT host:port through the proxy and reads its status line and headers. */
async function tunnel(socket: Duplex, proxy: URL, host: string, port: number, signal: AbortSignal) {
  const target = net.isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
  const headers = [`CONNECT ${target} HTTP/1.1`, `Host: ${target}`, 'Proxy-Connection: keep-alive'];
  if (proxy.username || proxy.password) {
    const auth = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
    headers.push(`Proxy-Authorization: Basic ${Buffer.from(auth).toString('base64')}`);
  }
  socket.write(`${headers.join('\r\n')}\r\n\r\n`);
  return new Promise<number>((resolve, reject) => {
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
      buffered = Buffer.concat([buffered, chunk]);
      const end = buffered.indexOf('\r\n\r\n');
      if (end < 0) return;
      cleanup();
      // Bytes after the head belong to the tunnel (none before our ClientHello, normally).
      if (end + 4 < buffered.length) socket.unshift(buffered.subarray(end + 4));
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(buffered.toString('latin1'))?.[1];
      resolve(status ? Number(status) : 0);
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

export async function connectStaged(o: ConnectOptions): Promise<tls.TLSSocket> {
  const { trace, route, signal } = o;
  const viaProxy = route.kind === 'proxy';
  const fail = (
    stage: StageName,
    started: number,
    e: unknown,
    detail: Record<string, unknown>,
    status: number | null = null,
  ) => {
    const err = asErrno(e);
    const failure = new ConnectFailure(stage, err, viaProxy, status);
    if (trace) {
      trace.record(stage, false, started, { ...detail, error: err.code ?? err.message });
      trace.failure = failure;
    }
    return signal.aborted ? asErrno(signal.reason) : failure;
  };
  const proxyHost = route.kind === 'proxy' ? route.url.hostname.replace(/^\[|\]$/g, '') : null;
  const proxyPort =
    route.kind === 'proxy' ? Number(route.url.port || (route.url.protocol === 'https:' ? 443 : 80)) : 0;
  const via = route.kind === 'proxy' ? proxyLabel(route.url) : null;

  // dns: the tenant's name, or the proxy's when one is used (the proxy resolves the tenant).
  if (trace) trace.current = 'dns';
  const dnsHost = proxyHost ?? o.host;
  let t = performance.now();
  let address: string;
  let family: number;
  try {
    const found = await lookup(dnsHost);
    ({ address, family } = found);
    if (signal.aborted) throw asErrno(signal.reason);
  } catch (e) {
    throw fail('dns', t, e, { host: dnsHost, via });
  }
  trace?.record('dns', true, t, { host: dnsHost, address, family, via });

  // tcp: to the tenant, or to the proxy plus its CONNECT tunnel.
  if (trace) trace.current = 'tcp';
  t = performance.now();
  let raw: Duplex;
  const port = proxyHost ? proxyPort : o.port;
  // No Nagle (curl and Node's own http agent say the same): the request follows the handshake's
  // last flight at once instead of waiting for its ACK.
  const socket = net.connect({ host: address, port, family, noDelay: true });
  // The tenant's TLS context (parsing every trusted root the first time in a process) is built while
  // the kernel does the TCP handshake, not after it; a key that does not match its certificate is
  // kept and reported in the tls stage, as before.
  let context: tls.SecureContext | { failed: unknown };
  try {
    context = secureContextFor(o);
  } catch (e) {
    context = { failed: e };
  }
  try {
    await waitFor(socket, 'connect', signal);
  } catch (e) {
    throw fail('tcp', t, e, { address, port, via });
  }
  raw = socket;
  const tcpDetail: Record<string, unknown> = { address, port, via };
  if (route.kind === 'proxy') {
    try {
      if (route.url.protocol === 'https:') {
        const toProxy = tls.connect({
          socket,
          servername: net.isIP(dnsHost) ? undefined : dnsHost,
          secureContext: secureContextFor({ extraCa: o.extraCa }),
          minVersion: 'TLSv1.2',
        });
        await waitFor(toProxy, 'secureConnect', signal);
        raw = toProxy;
      }
      const tunnelStart = performance.now();
      const status = await tunnel(raw, route.url, o.host, o.port, signal);
      tcpDetail.tunnelMs = round(performance.now() - tunnelStart);
      tcpDetail.proxyStatus = status;
      if (status !== 200) {
        raw.destroy();
        throw fail(
          'tcp',
          t,
          Object.assign(new Error(`The proxy answered ${status} to CONNECT.`), { code: 'EPROXY' }),
          tcpDetail,
          status,
        );
      }
    } catch (e) {
      if (e instanceof ConnectFailure || isAborted(signal)) throw e;
      throw fail('tcp', t, e, tcpDetail);
    }
  }
  trace?.record('tcp', true, t, tcpDetail);

  // tls: SNI with the tenant's name, PEM key + whole chain, TLS 1.2 or newer, verification on.
  if (trace) trace.current = 'tls';
  t = performance.now();
  const hadCert = Boolean(o.key && o.cert);
  let secure: tls.TLSSocket;
  try {
    if ('failed' in context) throw context.failed;
    secure = tls.connect({
      socket: raw,
      servername: net.isIP(o.host) ? undefined : o.host,
      host: o.host,
      secureContext: context,
      minVersion: 'TLSv1.2',
      ALPNProtocols: ['http/1.1'],
    });
  } catch (e) {
    // A key that does not match its certificate (or unreadable PEM) throws before any byte is sent.
    raw.destroy();
    throw fail('tls', t, e, {});
  }
  // Node tears the socket down on a failed verification before any event could read the server's
  // chain; read it the moment destroy is called, so the diagnosis can show it.
  const snap: { facts: TlsFacts | null } = { facts: null };
  const destroy = secure.destroy.bind(secure);
  secure.destroy = (error?: Error) => {
    if (!snap.facts) {
      try {
        snap.facts = readTlsFacts(secure, hadCert);
      } catch {
        // the socket had no TLS state yet
      }
    }
    return destroy(error);
  };
  try {
    await waitFor(secure, 'secureConnect', signal);
  } catch (e) {
    const err = asErrno(e);
    const facts = snap.facts;
    if (trace && facts) trace.tls = { ...facts, verifyError: err.code ?? null };
    throw fail('tls', t, e, facts ? tlsDetail({ ...facts, verifyError: err.code ?? null }) : {});
  }
  secure.destroy = destroy;
  const facts = readTlsFacts(secure, hadCert);
  if (trace) {
    trace.tls = facts;
    trace.record('tls', true, t, tlsDetail(facts));
    trace.readyAt = performance.now();
    trace.current = 'http';
  }
  return secure;
}

export function tlsDetail(f: TlsFacts): Record<string, unknown> {
  return {
    protocol: f.protocol,
    cipher: f.cipher,
    serverCertificates: f.chain,
    clientCertificateRequested: f.clientCertificateRequested,
    clientCertificateSent: f.clientCertificateSent,
    ...(f.verifyError ? { verifyError: f.verifyError } : {}),
  };
}
