/**
 * What a connection test (and the OData client built on the same plumbing) needs to reach a tenant.
 * Secrets (key, password) live here only in memory, for the duration of one test or one client.
 */

export type TestCredentials =
  | {
      kind: 'client-certificate';
      keyPem: string;
      /** Leaf first, then every intermediate (and the root if the file had it). */
      chainPem: string;
      /** ISO date of the leaf's end of validity, checked before anything is sent. */
      notAfter: string;
    }
  | { kind: 'basic'; user: string; password: string }
  | { kind: 'none' };

export interface TrustChoice {
  /** Extra CA certificates (PEM) the user chose to trust for this connection only. */
  extraCaPem: string[];
  useOsTrustStore: boolean;
}

export type ProxyChoice =
  | { kind: 'none' }
  /** A manual proxy, `http://user:pass@host:port`; `noProxy` is a comma list like NO_PROXY. */
  | { kind: 'url'; url: string; noProxy: string }
  /** The system proxy as Electron resolved it for the URL: "PROXY host:port; DIRECT". */
  | { kind: 'pac'; answer: string };

export interface TenantTarget {
  /** The service root, e.g. https://my123456.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi/ */
  url: string;
  credentials: TestCredentials;
  trust: TrustChoice;
  proxy: ProxyChoice;
  fetchCsrfToken: boolean;
  /** Whole-test deadline; default 20 s. */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
