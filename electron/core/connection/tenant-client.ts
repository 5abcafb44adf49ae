/**
 * One HTTP client per tenant connection, shared by the connection test, the metadata download and
 * the query runner: the same staged TLS connection (PEM key + whole chain, chosen trust, proxy
 * tunnel), the same cookies and CSRF token, the same timeout.
 *
 * Two doors over the one agent: `get` is Node's https.request, for the connection test's GETs; `http`
 * is axios (loaded on first use), for the metadata download and queries, where it unpacks gzip.
 * The test does not load axios: in a fresh process (the CLI) its module load and its interceptors
 * and adapter running for the first time made the whole first test about 15 % slower
 * (scripts/bench/connection.mjs, "whole test": 59-61 ms before, 49-53 ms after, same machine).
 */
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Duplex } from 'node:stream';
import type { AxiosInstance } from 'axios';
import { destroy } from './capped-body';
import { CookieJar } from './cookies';
import { ConnectFailure, connectStaged, type ConnectTrace } from './connector';
import { chooseRoute } from './proxy';
import { DEFAULT_TIMEOUT_MS, type TenantTarget } from './target';
import { buildTrustList, type TrustList } from './trust';

/** An answer whose body has not been read: read it with readCapped, or destroy it. */
export interface TenantResponse {
  status: number;
  /** Lower-case names, as Node parsed them (set-cookie is an array). */
  headers: IncomingHttpHeaders;
  body: IncomingMessage;
}

export interface TenantClient {
  /**
   * GET a path relative to the service root (or an absolute URL); never follows a redirect and
   * never throws on an HTTP status. Sends the cookies the tenant set, keeps the ones it sets.
   */
  get(path: string, init?: { headers?: Record<string, string>; signal?: AbortSignal }): Promise<TenantResponse>;
  /** axios with baseURL = the service root. Never throws on an HTTP status (validateStatus). */
  http(): Promise<AxiosInstance>;
  serviceRoot: URL;
  trust: TrustList;
  cookies: CookieJar;
  /** The CSRF token fetched last (only when the connection asks for CSRF), or null. */
  csrfToken(): string | null;
  /** GET the service root with `x-csrf-token: fetch`; keeps the token and the cookies. */
  fetchCsrfToken(signal?: AbortSignal): Promise<string | null>;
  /** Close idle connections; aborts connections still being opened. */
  close(): void;
}

export interface ClientOptions {
  /** Aborts connection set-up (the test's deadline or the user's Cancel). */
  signal?: AbortSignal;
  /** Records the stages of the first connection. */
  trace?: ConnectTrace;
}

class TenantAgent extends https.Agent {
  private pendingTrace: ConnectTrace | undefined;
  /** Each socket's staged connection: settles when its handshake is done or has failed. */
  private readonly staged = new WeakMap<Duplex, Promise<unknown>>();
  constructor(
    private readonly connect: (
      host: string,
      port: number,
      trace: ConnectTrace | undefined,
      onTlsStarted: (socket: Duplex) => void,
    ) => Promise<Duplex>,
    trace: ConnectTrace | undefined,
  ) {
    // One tenant, a few parallel requests at most; keep-alive so $metadata reuses the handshake.
    super({ keepAlive: true, maxSockets: 6 });
    this.pendingTrace = trace;
  }

  override createConnection(
    options: https.RequestOptions,
    callback?: (err: Error | null, stream: Duplex) => void,
  ): Duplex | null | undefined {
    const trace = this.pendingTrace;
    this.pendingTrace = undefined;
    const host = (options.hostname ?? options.host ?? 'localhost').replace(/^\[|\]$/g, '');
    const port = Number(options.port ?? 443);
    // The request gets its socket when the TLS handshake starts, corked until the server is verified
    // (connector.ts); a failure before that (name, TCP, proxy) is this callback's error, one after it
    // reaches the request through its socket (see failureOf).
    let handed = false;
    const staged = this.connect(host, port, trace, (socket) => {
      handed = true;
      this.staged.set(socket, staged);
      callback?.(null, socket);
    });
    // A connection that succeeds has always handed its socket over (connector.ts secureToTenant).
    staged.catch((error: unknown) => {
      if (!handed) callback?.(error instanceof Error ? error : new Error(String(error)), undefined as never);
    });
    // Node's agent waits for the callback when createConnection returns nothing.
    return undefined;
  }

  /**
   * Why a request failed: when its socket's handshake failed, the staged connection's own failure
   * (its stage, the server's chain, the proxy), which says more than the socket error the request saw.
   */
  failureOf(socket: Duplex | null | undefined, error: Error): Promise<Error> {
    const staged = socket ? this.staged.get(socket) : undefined;
    if (!staged) return Promise.resolve(error);
    return staged.then(
      () => error,
      (failure: unknown) => (failure instanceof ConnectFailure ? failure : error),
    );
  }
}

export function createTenantClient(target: TenantTarget, options: ClientOptions = {}): TenantClient {
  const serviceRoot = new URL(target.url);
  if (serviceRoot.protocol !== 'https:') {
    throw new TypeError('The service URL must start with https://.');
  }
  const timeout = target.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const trust = buildTrustList(target.trust);
  const lifetime = new AbortController();
  const creds = target.credentials;
  const agent = new TenantAgent((host, port, trace, onTlsStarted) => {
    const signals = [lifetime.signal, AbortSignal.timeout(timeout)];
    if (options.signal) signals.push(options.signal);
    return connectStaged({
      host,
      port,
      route: chooseRoute(target.proxy, host, port),
      extraCa: trust.extraCa,
      ...(creds.kind === 'client-certificate' ? { key: creds.keyPem, cert: creds.chainPem } : {}),
      signal: AbortSignal.any(signals),
      trace,
      onTlsStarted,
    });
  }, options.trace);

  const cookies = new CookieJar();
  let token: string | null = null;
  const basicAuth = creds.kind === 'basic' ? `${creds.user}:${creds.password}` : undefined;

  const get: TenantClient['get'] = (path, init = {}) =>
    new Promise((resolve, reject) => {
      const url = resolveAgainst(serviceRoot, path);
      const headers: Record<string, string> = { ...init.headers };
      const cookie = cookies.header();
      if (cookie) headers.Cookie = cookie;
      const req = https.request(
        {
          agent,
          method: 'GET',
          // Node wants an IPv6 literal without its brackets; the Host header gets them back.
          host: url.hostname.replace(/^\[|\]$/g, ''),
          port: url.port || 443,
          path: `${url.pathname}${url.search}`,
          headers,
          // Node encodes it as Basic base64(utf8(user:password)), the header axios sends too.
          ...(basicAuth !== undefined ? { auth: basicAuth } : {}),
          ...(init.signal ? { signal: init.signal } : {}),
          // A server that stops sending for this long is given up (the test's deadline ends it sooner).
          timeout,
        },
        (res) => {
          cookies.store(res.headers['set-cookie']);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res });
        },
      );
      req.once('error', (error) => {
        // The caller's own Cancel is the answer, not the handshake it cut short.
        if (init.signal?.aborted) reject(error);
        else void agent.failureOf(req.socket, error).then(reject);
      });
      req.once('timeout', () =>
        req.destroy(Object.assign(new Error(`No answer within ${timeout} ms.`), { code: 'ETIMEDOUT' })),
      );
      req.end();
    });

  const fetchCsrfToken = async (signal?: AbortSignal) => {
    // Only the header counts: the body is not read at all (capped-body.ts reads the ones we need).
    const res = await get('', { headers: { 'x-csrf-token': 'fetch' }, ...(signal ? { signal } : {}) });
    destroy(res.body);
    const value = res.headers['x-csrf-token'];
    token = typeof value === 'string' && value.toLowerCase() !== 'required' ? value : null;
    return token;
  };

  let axiosInstance: Promise<AxiosInstance> | null = null;
  const http = () => (axiosInstance ??= createAxios());
  const createAxios = async () => {
    const { default: axios } = await import('axios');
    const instance = axios.create({
      baseURL: serviceRoot.href,
      httpsAgent: agent,
      // Our agent does the proxying; axios must not read HTTP(S)_PROXY from the environment.
      proxy: false,
      timeout,
      // A redirect from an OData service is a login page or SSO: reported, never followed.
      maxRedirects: 0,
      validateStatus: () => true,
      ...(creds.kind === 'basic' ? { auth: { username: creds.user, password: creds.password } } : {}),
    });
    instance.interceptors.request.use(async (config) => {
      const cookie = cookies.header();
      if (cookie) config.headers.set('Cookie', cookie);
      const method = (config.method ?? 'get').toLowerCase();
      const writes = !['get', 'head', 'options'].includes(method);
      if (writes && target.fetchCsrfToken) {
        token ??= await fetchCsrfToken(config.signal as AbortSignal | undefined);
        if (token) config.headers.set('x-csrf-token', token);
      }
      return config;
    });
    instance.interceptors.response.use((res) => {
      cookies.store(res.headers['set-cookie']);
      return res;
    });
    return instance;
  };

  return {
    get,
    http,
    serviceRoot,
    trust,
    cookies,
    csrfToken: () => token,
    fetchCsrfToken,
    close: () => {
      lifetime.abort(new Error('The client was closed.'));
      agent.destroy();
    },
  };
}

/**
 * A path relative to the service root the way axios's baseURL joins it (root + '/' + path, one
 * slash between; the root itself for ''), so `$metadata` lands below the root with or without its
 * trailing slash. An absolute URL stays as it is if it is on the tenant's origin.
 */
export function resolveAgainst(root: URL, path: string): URL {
  if (/^[a-z][a-z\d+\-.]*:\/\//i.test(path)) {
    // The agent presents the client certificate, basic credentials and the tenant's cookies to
    // whatever host it is given: only the tenant's own origin is ever asked.
    const url = new URL(path);
    if (url.origin !== root.origin) throw new Error(`Refused to send the tenant's credentials to another host.`);
    return url;
  }
  if (!path) return root;
  return new URL(`${root.href.replace(/\/?\/$/, '')}/${path.replace(/^\/+/, '')}`);
}
