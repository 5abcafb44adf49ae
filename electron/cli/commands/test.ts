/**
 * c4c-connect test: the connection test from the command line, with the same stages and diagnosis
 * as the app. Exit 0 when the diagnosis is OK, 1 for any other diagnosis, 2 for bad input.
 */
import type { TestResult } from '../../../shared/domain/diagnosis';
import { runConnectionTest } from '../../core/connection/index';
import { parse } from '../args';
import type { Command } from '../command';
import { EXIT, type Output } from '../io';
import { CONNECTION_OPTIONS, resolveTarget } from '../tenant-target';

const USAGE =
  'c4c-connect test --url <service root URL> (--p12 FILE [--password-env VAR] | --keypair NAME | --user USER --password-env VAR) [--ca FILE]... [--csrf] [--proxy URL] [--timeout SECONDS] [--json]\n' +
  '       c4c-connect test --connection NAME [--lang de|en] [--json]';

const SENT_TEXT = {
  yes: 'sent',
  no: 'not sent',
  unknown: 'sent if asked (this TLS library cannot tell)',
} as const;

function print(result: TestResult, out: Output): void {
  if (out.json) {
    out.object(result);
    return;
  }
  for (const s of result.stages) {
    out.line(`${s.ok ? 'ok  ' : 'FAIL'}  ${s.name.padEnd(5)}  ${s.ms.toFixed(1).padStart(8)} ms`);
  }
  if (result.tls) {
    out.line(
      `TLS     ${result.tls.protocol ?? '?'} ${result.tls.cipher ?? ''}; client certificate ${SENT_TEXT[result.tls.clientCertificateSent]}`,
    );
    if (result.tls.serverCertificate)
      out.line(
        `Server  ${result.tls.serverCertificate.subject} (issuer ${result.tls.serverCertificate.issuer})`,
      );
  }
  if (result.http) out.line(`HTTP    ${result.http.status}`);
  out.line('');
  out.line(`${result.diagnosis.code}: ${result.diagnosis.title}`);
  for (const a of result.diagnosis.advice) out.line(`  - ${a}`);
}

export const test: Command = {
  name: 'test',
  summary: 'Test a connection to a C4C OData service (mTLS or user/password) and say what is wrong',
  usage: USAGE,
  async run(argv, { out, ctx, lang }) {
    const args = parse(argv, { ...CONNECTION_OPTIONS, csrf: { type: 'boolean' } });
    const target = await resolveTarget(args, ctx);
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once('SIGINT', onSigint);
    try {
      const result = await runConnectionTest(target, {
        signal: controller.signal,
        ...(lang ? { lang } : {}),
      });
      print(result, out);
      return result.ok ? EXIT.OK : EXIT.CHECK_FAILED;
    } finally {
      process.off('SIGINT', onSigint);
    }
  },
};
