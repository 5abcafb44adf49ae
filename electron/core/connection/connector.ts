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
import { hopLabel, hopsOf, proxyLabel, type Hop, type Route } from './proxy';
import {
  isProxyTlsError,
  noProxyFacts,
  reachHop,
  tunnel,
  type ProxyFacts,
  type TriedHop,
} from './proxy-tunnel';
import { secureContextFor } from './secure-context';
import { asErrno, untilAborted, waitFor, withTimer } from './socket-wait';
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
    readonly proxy: ProxyFacts = noProxyFacts(),
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
  /**
   * Given the tenant's TLS socket as soon as its handshake has started, corked: what the caller
   * writes waits in the socket and goes out the moment the server is verified (see secureToTenant).
   */
  onTlsStarted?: ((socket: tls.TLSSocket) => void) | undefined;
  /** How long an entry may take to be reached while later entries wait (HOP_CONNECT_MS). */
  hopConnectMs?: number;
}

/** Why a connection failed: a stage and an error, plus what it knew about the proxy. */
type Fail = (
  stage: StageName,
  started: number,
  e: unknown,
  detail: Record<string, unknown>,
  options?: { status?: number; unreached?: boolean },
) => Error;

/**
 * How long an entry of the system proxy may take to be reached (name, TCP, TLS to an HTTPS proxy)
 * while later entries wait: a proxy that drops packets must not use up the whole test. The last
 * entry has the test's whole deadline.
 */
export const HOP_CONNECT_MS = 5_000;

/** Failures while reaching a proxy (or the tenant directly), after which the next entry is tried. */
const unreached = new WeakSet<ConnectFailure>();

/**
 * The connection, trying the route's entries in order the way Chromium does with a PAC answer
 * (https://chromium.googlesource.com/chromium/src/+/main/net/http/proxy_fallback.h): when an entry
 * cannot be reached (name not found, TCP refused/reset/timed out, TLS to an HTTPS proxy failed), the
 * next one is tried; an answer from a reached proxy (407, 403, 502) is final. The entries tried before
 * are recorded (address and error only) in the stage details and the failure.
 */
export async function connectStaged(o: ConnectOptions): Promise<tls.TLSSocket> {
  const { trace, route, signal } = o;
  if (route.kind === 'socks-only') throw socksOnly(route.offered, trace);
  const hops = hopsOf(route);
  const tried: TriedHop[] = [];
  for (let i = 0; ; i++) {
    const hop = hops[i] ?? { kind: 'direct' };
    const last = i >= hops.length - 1;
    const mark = trace?.stages.length ?? 0;
    try {
      return await connectVia(o, hop, tried, last ? null : (o.hopConnectMs ?? HOP_CONNECT_MS));
    } catch (e) {
      if (last || isAborted(signal) || !(e instanceof ConnectFailure) || !unreached.has(e)) throw e;
      tried.push({ via: hopLabel(hop), stage: e.stage, error: e.cause.code ?? e.cause.message });
      if (trace) {
        trace.stages.splice(mark);
        trace.failure = null;
      }
    }
  }
}

/** The system proxy offered nothing but SOCKS: nothing is tried, the diagnosis says why. */
function socksOnly(offered: string[], trace: ConnectTrace | undefined): ConnectFailure {
  const error = Object.assign(new Error('The system proxy offers only SOCKS, which is not supported.'), {
    code: 'SOCKS_ONLY',
  });
  const failure = new ConnectFailure('tcp', error, true, null, {
    ...noProxyFacts(),
    source: 'system',
    socksOnly: offered,
  });
  if (trace) {
    trace.record('tcp', false, performance.now(), { via: null, offered, error: 'SOCKS_ONLY' });
    trace.failure = failure;
  }
  return failure;
}

async function connectVia(
  o: ConnectOptions,
  hop: Hop,
  tried: TriedHop[],
  reachMs: number | null,
): Promise<tls.TLSSocket> {
  const { trace, signal } = o;
  const viaProxy = hop.kind === 'proxy';
  const via = hop.kind === 'proxy' ? proxyLabel(hop.url) : null;
  const facts: ProxyFacts = {
    ...noProxyFacts(),
    via,
    source: hop.kind === 'proxy' ? hop.source : null,
    tried,
  };
  const before = tried.length ? { tried: [...tried] } : {};
  const fail: Fail = (stage, started, e, detail, options = {}) => {
    const err = asErrno(e);
    const failure = new ConnectFailure(stage, err, viaProxy, options.status ?? null, facts);
    if (options.unreached) unreached.add(failure);
    if (trace) {
      trace.record(stage, false, started, { ...detail, error: err.code ?? err.message });
      trace.failure = failure;
    }
    return signal.aborted ? asErrno(signal.reason) : failure;
  };
  const proxyHost = hop.kind === 'proxy' ? hop.url.hostname.replace(/^\[|\]$/g, '') : null;
  const proxyPort =
    hop.kind === 'proxy' ? Number(hop.url.port || (hop.url.protocol === 'https:' ? 443 : 80)) : 0;
  // Reaching this entry has its own deadline when later entries wait.
  const reach = withTimer(signal, reachMs);

  // dns: the tenant's name, or the proxy's when one is used (the proxy resolves the tenant).
  if (trace) trace.current = 'dns';
  const dnsHost = proxyHost ?? o.host;
  let t = performance.now();
  let address: string;
  let family: number;
  try {
    // An address literal (the practice tenant's 127.0.0.1) needs no lookup, as curl does none.
    const literal = net.isIP(dnsHost);
    if (literal) ({ address, family } = { address: dnsHost, family: literal });
    else ({ address, family } = await untilAborted(lookup(dnsHost), reach.signal));
  } catch (e) {
    reach.done();
    throw fail('dns', t, e, { host: dnsHost, via, ...before }, { unreached: true });
  }
  trace?.record('dns', true, t, { host: dnsHost, address, family, via });

  // tcp: to the tenant, or to the proxy (TLS to an HTTPS proxy) plus its CONNECT tunnel.
  if (trace) trace.current = 'tcp';
  t = performance.now();
  const port = proxyHost ? proxyPort : o.port;
  const tcpDetail: Record<string, unknown> = { address, port, via, ...before };
  let raw: Duplex;
  // The tenant's TLS context (its key and chain parsed, its CAs added) is built while the kernel does
  // the TCP handshake, once the connection attempt has started: before, it was built first and the
  // attempt waited for it. A key that does not match its certificate is kept and reported in the tls
  // stage, as before.
  let context: TenantContext | undefined;
  const buildContext = () => (context ??= tenantContext(o));
  try {
    raw = await reachHop(
      o.extraCa,
      hop,
      { address, port, family, host: dnsHost },
      reach.signal,
      buildContext,
    );
  } catch (e) {
    facts.proxyTlsFailed = isProxyTlsError(e);
    throw fail('tcp', t, e, tcpDetail, { unreached: true });
  } finally {
    reach.done();
  }
  const tenant = buildContext();
  if (hop.kind === 'proxy') {
    try {
      const tunnelStart = performance.now();
      const answer = await tunnel(raw, hop.url, o.host, o.port, signal);
      tcpDetail.tunnelMs = round(performance.now() - tunnelStart);
      tcpDetail.proxyStatus = answer.status;
      // Scheme names only: a Negotiate challenge can carry a token.
      if (answer.authenticate.length) tcpDetail.proxyAuthenticate = answer.authenticate;
      facts.authenticate = answer.authenticate;
      facts.credentialsSent = answer.credentialsSent;
      if (answer.status !== 200) {
        raw.destroy();
        const error = new Error(`The proxy answered ${answer.status} to CONNECT.`);
        throw fail('tcp', t, Object.assign(error, { code: 'EPROXY' }), tcpDetail, { status: answer.status });
      }
    } catch (e) {
      if (e instanceof ConnectFailure || isAborted(signal)) throw e;
      throw fail('tcp', t, e, tcpDetail);
    }
  }
  trace?.record('tcp', true, t, tcpDetail);
  return secureToTenant(o, raw, fail, tenant);
}

type TenantContext = tls.SecureContext | { failed: unknown };

function tenantContext(o: ConnectOptions): TenantContext {
  try {
    return secureContextFor(o);
  } catch (e) {
    return { failed: e };
  }
}

/** tls: SNI with the tenant's name, PEM key + whole chain, TLS 1.2 or newer, verification on. */
async function secureToTenant(
  o: ConnectOptions,
  raw: Duplex,
  fail: Fail,
  context: TenantContext,
): Promise<tls.TLSSocket> {
  const { trace, signal } = o;
  if (trace) trace.current = 'tls';
  const t = performance.now();
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
      // Said, not left to the default: NODE_TLS_REJECT_UNAUTHORIZED=0 in the environment (set on
      // some machines behind TLS inspection) would otherwise turn the check off.
      rejectUnauthorized: true,
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
  // The caller (the HTTP client) gets the socket now, so its first run in a fresh process (setting up
  // the request, writing its head) overlaps the handshake instead of following it, and the request
  // leaves with the handshake's end (first CLI test: about 2 ms less, scripts/bench/connection.mjs).
  // What it writes stays in the socket's own buffer while the socket is corked
  // (https://nodejs.org/api/stream.html#writablecork), and is let go only on 'secureConnect' when
  // `authorized` says the server's chain and name were verified
  // (https://nodejs.org/api/tls.html#event-secureconnect, #tlssocketauthorized; with verification on,
  // Node destroys a failing socket before that event and its buffer is dropped). Without the hold
  // the request would reach the TLS layer during the handshake: Node keeps it there until it has
  // verified the server (observed on every path in early-request.test.ts, not documented), but a
  // TLS 1.2 server's alert then surfaced as the failed write's EPROTO instead of the alert. Node's
  // OutgoingMessage.end() uncorks a socket fully: the hold stands because every request here ends
  // before it has a socket (GETs without a body); one that streamed a body would not be held.
  // test/integration/connection/early-request.test.ts.
  if (o.onTlsStarted) {
    secure.cork();
    secure.once('secureConnect', () => {
      if (secure.authorized) secure.uncork();
      else
        secure.destroy(
          Object.assign(new Error('The server was not verified.'), {
            code: String(secure.authorizationError),
          }),
        );
    });
    o.onTlsStarted(secure);
  }
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
