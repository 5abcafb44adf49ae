/**
 * c4c-connect test: the connection test from the command line, with the same stages and diagnosis
 * as the app. Exit 0 when the diagnosis is OK, 1 for any other diagnosis, 2 for bad input.
 */
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { TestResult } from '../../../shared/domain/diagnosis';
import { say, type Lang } from '../../../shared/messages/say';
import { runConnectionTest, type TenantTarget } from '../../core/connection/index';
import { describeTlsLibrary, tlsLibrary } from '../../core/connection/tls-library';
import {
  buildSupportReport,
  certificateFacts,
  writeSupportReport,
  type ReportFiles,
} from '../../core/support-report/index';
import { parse, stringOption } from '../args';
import type { Command } from '../command';
import { EXIT, UsageError, type Output } from '../io';
import { CONNECTION_OPTIONS, resolveTarget } from '../tenant-target';

declare const __APP_VERSION__: string;

const USAGE =
  'c4c-connect test --url <service root URL> (--p12 FILE [--password-env VAR] | --keypair NAME | --user USER --password-env VAR) [--ca FILE]... [--csrf] [--proxy URL] [--timeout SECONDS] [--report FILE] [--json]\n' +
  '       c4c-connect test --connection NAME [--lang de|en] [--report FILE] [--json]\n' +
  '  --report FILE  also write a support report without secrets: FILE (.md) and the JSON beside it';

const SENT_TEXT = {
  yes: 'sent',
  no: 'not sent',
  unknown: 'sent if asked (this TLS library cannot tell)',
} as const;

/** The support report of this run, by the builder the app uses; the key never goes in. */
function writeReport(
  path: string,
  result: TestResult,
  target: TenantTarget,
  connection: string | null,
  lang: Lang,
) {
  const creds = target.credentials;
  const report = buildSupportReport({
    result,
    app: {
      name: 'C4C Connect',
      version: __APP_VERSION__,
      electron: null,
      node: process.versions.node,
      tls: describeTlsLibrary(tlsLibrary()),
    },
    connection: { name: connection, authentication: creds.kind },
    clientCertificate: creds.kind === 'client-certificate' ? certificateFacts(creds.chainPem) : null,
  });
  return writeSupportReport(resolve(path), report, lang);
}

const isFolder = (path: string) =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );

function print(result: TestResult, out: Output, report: ReportFiles | null, lang: Lang): void {
  if (out.json) {
    out.object(report ? { ...result, report } : result);
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
  if (report) out.line(`\n${say(lang, 'report.written', { markdown: report.markdown, json: report.json })}`);
}

export const test: Command = {
  name: 'test',
  summary: 'Test a connection to a C4C OData service (mTLS or user/password) and say what is wrong',
  usage: USAGE,
  async run(argv, { out, ctx, lang }) {
    const args = parse(argv, {
      ...CONNECTION_OPTIONS,
      csrf: { type: 'boolean' },
      report: { type: 'string' },
    });
    const target = await resolveTarget(args, ctx);
    const reportPath = stringOption(args, 'report');
    // Said before the test runs, not after it: the report's folder must be there.
    if (reportPath !== undefined && !(await isFolder(dirname(resolve(reportPath))))) {
      throw new UsageError(`The folder of --report ${reportPath} does not exist.`);
    }
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once('SIGINT', onSigint);
    try {
      const result = await runConnectionTest(target, {
        signal: controller.signal,
        ...(lang ? { lang } : {}),
      });
      const report = reportPath
        ? await writeReport(
            reportPath,
            result,
            target,
            stringOption(args, 'connection') ?? null,
            lang ?? 'en',
          )
        : null;
      print(result, out, report, lang ?? 'en');
      return result.ok ? EXIT.OK : EXIT.CHECK_FAILED;
    } finally {
      process.off('SIGINT', onSigint);
    }
  },
};
