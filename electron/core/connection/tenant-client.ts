/**
 * One HTTP client per tenant connection, shared by the connection test, the metadata download and
 * the query runner: the same staged TLS connection (PEM key + whole chain, chosen trust, proxy
 * tunnel), the same cookies and CSRF token, the same timeout.
 */
import https from 'node:https';
import type { Duplex, Readable } from 'node:stream';
import axios, { type AxiosInstance } from 'axios';
import { destroy } from './capped-body';
import { CookieJar } from './cookies';
import { connectStaged, type ConnectTrace } from './connector';
import { chooseRoute } from './proxy';
import { DEFAULT_TIMEOUT_MS, type TenantTarget } from './target';
import { buildTrustList, type TrustList } from './trust';

export interface TenantClient {
  /** axios with baseURL = the service root. Never throws on an HTTP status (validateStatus). */
  http: AxiosInstance;
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
  constructor(
    private readonly connect: (
      host: string,
      port: number,
      trace: ConnectTrace | undefined,
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
    this.connect(host, port, trace).then(
      (socket) => callback?.(null, socket),
      (error: unknown) =>
        callback?.(error instanceof Error ? error : new Error(String(error)), undefined as never),
    );
    // Node's agent waits for the callback when createConnection returns nothing.
    return undefined;
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
  const agent = new TenantAgent((host, port, trace) => {
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
    });
  }, options.trace);

  const cookies = new CookieJar();
  let token: string | null = null;
  const http = axios.create({
    baseURL: serviceRoot.href,
    httpsAgent: agent,
    // Our agent does the proxying; axios must not read HTTP(S)_PROXY from the environment.
    proxy: false,
    timeout,
    // A redirect from an OData service is a login page or SSO: the test reports it, never follows.
    maxRedirects: 0,
    validateStatus: () => true,
    ...(creds.kind === 'basic' ? { auth: { username: creds.user, password: creds.password } } : {}),
  });

  const fetchCsrfToken = async (signal?: AbortSignal) => {
    // Only the header counts: the body is not read at all (capped-body.ts reads the ones we need).
    const res = await http.get<Readable>('', {
      headers: { 'x-csrf-token': 'fetch' },
      responseType: 'stream',
      ...(signal ? { signal } : {}),
    });
    destroy(res.data);
    const value = res.headers['x-csrf-token'] as unknown;
    token = typeof value === 'string' && value.toLowerCase() !== 'required' ? value : null;
    return token;
  };

  http.interceptors.request.use(async (config) => {
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
  http.interceptors.response.use((res) => {
    cookies.store(res.headers['set-cookie']);
    return res;
  });

  return {
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
