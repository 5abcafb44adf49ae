/** The connection test's closed list of diagnoses (one per test) and its stages. */
import { z } from 'zod';
import { Message } from '../messages/schema';

export const DiagnosisCode = z.enum([
  'OK',
  'DNS_NOT_FOUND',
  'CONNECTION_REFUSED',
  'TIMEOUT',
  'PROXY_FAILED',
  'TLS_INTERCEPTED',
  'SERVER_CERT_UNTRUSTED',
  'SERVER_CERT_HOSTNAME_MISMATCH',
  'SERVER_CERT_EXPIRED',
  'CLIENT_CERT_EXPIRED',
  'CLIENT_CERT_MISSING',
  'CLIENT_CERT_REJECTED',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'INCONSISTENT_AUTHORIZATION',
  'NOT_FOUND',
  'NOT_ODATA',
  'SERVER_ERROR',
]);
export type DiagnosisCode = z.infer<typeof DiagnosisCode>;

export const StageName = z.enum(['dns', 'tcp', 'tls', 'http', 'odata']);

export const Stage = z.object({
  name: StageName,
  ok: z.boolean(),
  ms: z.number(),
  detail: z.record(z.string(), z.unknown()),
});

export const Diagnosis = z.object({
  code: DiagnosisCode,
  /** Title and advice in the language the test ran in (the CLI's --lang); the app re-says them. */
  title: z.string(),
  advice: z.array(z.string()),
  /** The lines specific to this test, keyed, so every reader says them in its own language. */
  lines: z.array(Message).optional(),
  /** C4C's own error (OData error body) for a 4xx/5xx answer, quoted as C4C wrote it. */
  c4c: z
    .object({ code: z.string().nullable(), message: z.string().nullable(), lang: z.string().nullable() })
    .nullable()
    .optional(),
});
export type Diagnosis = z.infer<typeof Diagnosis>;

export const ClientCertificateSent = z.enum(['yes', 'no', 'unknown']);
export type ClientCertificateSent = z.infer<typeof ClientCertificateSent>;

/** A certificate's public facts (never its key), as the support report quotes them. */
export const CertificateFacts = z.object({
  subject: z.string(),
  issuer: z.string(),
  sha256: z.string(),
  notBefore: z.string().nullable(),
  notAfter: z.string(),
});
export type CertificateFacts = z.infer<typeof CertificateFacts>;

/** The test of one service root: the shape of `c4c-connect test --json`, plus when it ran. */
const ServiceTest = z.object({
  ok: z.boolean(),
  diagnosis: Diagnosis,
  stages: z.array(Stage),
  http: z.object({ status: z.number() }).nullable(),
  tls: z
    .object({
      protocol: z.string().nullable(),
      cipher: z.string().nullable().optional(),
      serverCertificate: z
        .object({ subject: z.string(), issuer: z.string(), notAfter: z.string() })
        .nullable(),
      /**
       * 'unknown' where the TLS library cannot tell whether the tenant asked for the certificate
       * (BoringSSL, inside the app). Results saved before this was known hold a boolean: true stays
       * 'yes', false becomes 'unknown' (in the app it may have been a guess).
       */
      clientCertificateSent: z.union([
        ClientCertificateSent,
        z.boolean().transform((sent): ClientCertificateSent => (sent ? 'yes' : 'unknown')),
      ]),
    })
    .nullable(),
  startedAt: z.string().optional(),
  totalMs: z.number().optional(),
  /** The URL the test called (the service root), so the user sees what was tried. */
  url: z.string().optional(),
  /** The arrangement's name of the service tested. */
  service: z.string().optional(),
  /**
   * The client certificate this test presented, recorded when it ran: the key pair may be renewed
   * or the connection pointed elsewhere before a report is written. Null without one; absent in
   * results kept before it was recorded.
   */
  clientCertificate: CertificateFacts.nullable().optional(),
  /**
   * How this test signed on, recorded when it ran (the connection may be switched between client
   * certificate and basic authentication before a report is written). Absent in older results.
   */
  authentication: z.enum(['client-certificate', 'basic', 'none']).optional(),
});

export const ServiceTestResult = ServiceTest.extend({ url: z.string(), service: z.string() });
export type ServiceTestResult = z.infer<typeof ServiceTestResult>;

/**
 * A connection test: every service of the arrangement tested on its own (`services`, in the
 * arrangement's order). The top level is the first failing service's result (or the first one
 * when all pass), so a history entry still reads as one diagnosis; `ok` only when all passed.
 */
export const TestResult = ServiceTest.extend({ services: z.array(ServiceTestResult).optional() });
export type TestResult = z.infer<typeof TestResult>;
