/**
 * c4c-connect test: the connection test from the command line, with the same stages and diagnosis
 * as the app. A saved connection is tested the way the app tests it: every service of its
 * arrangement, one result each (--service NAME for one). Exit 0 when every service's diagnosis is
 * OK, 1 when any other diagnosis, 2 for bad input. --json prints an array, one result per service,
 * each with the fields of a single test (ok, diagnosis, stages, http, tls) plus service and url,
 * and with --report the files of the one report that covers them all.
 */
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { ServiceTestResult, TestResult } from '../../../shared/domain/diagnosis';
import { sayCli } from '../../../shared/messages/cli';
import { formatNumber, isMessageKey, say, type Lang } from '../../../shared/messages/say';
import { CodedError } from '../../../shared/result';
import { serviceNameOf } from '../../../shared/wizard/wizard-model';
import { runServiceTests, type ServiceTarget, type TenantTarget } from '../../core/connection/index';
import { describeTlsLibrary, tlsLibrary } from '../../core/connection/tls-library';
import { serviceRootsOf, targetOf } from '../../core/odata/connection-target';
import { buildSupportReport, writeSupportReport, type ReportFiles } from '../../core/support-report/index';
import { parse, stringOption, type ParsedArgs } from '../args';
import type { Command } from '../command';
import type { CliContext } from '../context';
import { EXIT, usageError, type Output } from '../io';
import { CONNECTION_OPTIONS, cliConnectionSources, resolveTarget, savedConnection } from '../tenant-target';

declare const __APP_VERSION__: string;

const USAGE =
  'c4c-connect test --url <service root URL> (--p12 FILE [--password-env VAR] | --keypair NAME | --user USER --password-env VAR) [--ca FILE]... [--csrf] [--proxy URL] [--timeout SECONDS] [--report FILE] [--json]\n' +
  '       c4c-connect test --connection NAME [--service NAME] [--lang de|en] [--report FILE] [--json]\n' +
  '  --service NAME  only this service of the connection (default: every service of the arrangement)\n' +
  '  --report FILE   also write a support report without secrets: FILE (.md) and the JSON beside it';

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
  });
  return writeSupportReport(resolve(path), report, lang);
}

const isFolder = (path: string) =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );

/** Said before the test runs, not after it: the report needs a file name in a folder that is there. */
async function checkReportPath(reportPath: string): Promise<void> {
  if (await isFolder(resolve(reportPath))) {
    throw usageError('usage.reportIsFolder', { path: reportPath, example: join(reportPath, 'report.md') });
  }
  if (!(await isFolder(dirname(resolve(reportPath))))) {
    throw usageError('usage.reportFolderMissing', { path: reportPath });
  }
}

/** The report's files, or the coded error that kept it from being written (the result still counts). */
async function reportOrError(write: () => Promise<ReportFiles>): Promise<ReportFiles | CodedError> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof CodedError && error.code === 'REPORT_NOT_WRITTEN') return error;
    throw error;
  }
}

function printOne(result: ServiceTestResult, out: Output, lang: Lang): void {
  out.line(sayCli(lang, 'test.service', { name: result.service, url: result.url }));
  for (const s of result.stages) {
    const ms = formatNumber(lang, s.ms, 1);
    const mark = sayCli(lang, s.ok ? 'test.stageOk' : 'test.stageFailed').padEnd(6);
    out.line(`${mark}  ${s.name.padEnd(5)}  ${ms.padStart(8)} ms`);
  }
  if (result.tls) {
    out.line(
      sayCli(lang, 'test.tls', {
        protocol: result.tls.protocol ?? '?',
        cipher: result.tls.cipher ?? '',
        sent: sayCli(lang, `test.sent.${result.tls.clientCertificateSent}`),
      }),
    );
    if (result.tls.serverCertificate)
      out.line(
        sayCli(lang, 'test.server', {
          subject: result.tls.serverCertificate.subject,
          issuer: result.tls.serverCertificate.issuer,
        }),
      );
  }
  if (result.http) out.line(`HTTP    ${result.http.status}`);
  out.line('');
  out.line(`${result.diagnosis.code}: ${result.diagnosis.title}`);
  for (const a of result.diagnosis.advice) out.line(`  - ${a}`);
}

function print(
  results: ServiceTestResult[],
  out: Output,
  report: ReportFiles | CodedError | null,
  lang: Lang,
): void {
  if (out.json) {
    const about =
      report === null
        ? {}
        : report instanceof CodedError
          ? { reportError: { code: report.code, message: sayCoded(lang, report) } }
          : { report };
    out.object(results.map((r) => ({ ...r, ...about })));
    return;
  }
  results.forEach((r, i) => {
    if (i > 0) out.line('');
    printOne(r, out, lang);
  });
  if (results.length > 1) {
    const failed = results.filter((r) => !r.ok).map((r) => r.service);
    out.line('');
    out.line(
      failed.length
        ? sayCli(lang, 'test.someFailed', {
            failed: failed.length,
            total: results.length,
            names: failed.join(', '),
          })
        : sayCli(lang, 'test.allOk', { total: results.length }),
    );
  }
  if (report instanceof CodedError) out.error(`${report.code}: ${sayCoded(lang, report)}`);
  else if (report)
    out.line(`\n${say(lang, 'report.written', { markdown: report.markdown, json: report.json })}`);
}

const sayCoded = (lang: Lang, error: CodedError): string =>
  error.says && isMessageKey(error.says.key) ? say(lang, error.says.key, error.says.params) : error.message;

/** What to test: every service of a saved connection (or the one --service names), or the --url. */
async function targetsOf(args: ParsedArgs, ctx: CliContext): Promise<ServiceTarget[]> {
  const name = stringOption(args, 'connection');
  const only = stringOption(args, 'service');
  if (name === undefined) {
    if (only !== undefined) throw usageError('usage.serviceNeedsConnection');
    const target = await resolveTarget(args, ctx);
    return [{ service: serviceNameOf(new URL(target.url).pathname), target }];
  }
  if (stringOption(args, 'url') !== undefined) throw usageError('usage.connectionOrUrl');
  const connection = savedConnection(name, ctx);
  const roots = serviceRootsOf(connection);
  const chosen = only === undefined ? roots : roots.filter((r) => r.service === only);
  if (chosen.length === 0) {
    throw usageError('usage.noSuchService', {
      connection: connection.name,
      service: only ?? '',
      services: roots.map((r) => r.service).join(', '),
    });
  }
  const sources = cliConnectionSources(ctx, connection);
  return Promise.all(
    chosen.map(async ({ service, url }) => ({ service, target: await targetOf(sources, connection, url) })),
  );
}

export const test: Command = {
  name: 'test',
  summary:
    'Test a connection to a C4C OData service (mTLS or user/password), every service of the arrangement, and say what is wrong',
  usage: USAGE,
  async run(argv, { out, ctx, lang }) {
    const args = parse(argv, {
      ...CONNECTION_OPTIONS,
      csrf: { type: 'boolean' },
      service: { type: 'string' },
      report: { type: 'string' },
    });
    const targets = await targetsOf(args, ctx);
    const reportPath = stringOption(args, 'report');
    if (reportPath !== undefined) await checkReportPath(reportPath);
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once('SIGINT', onSigint);
    try {
      const result = await runServiceTests(targets, {
        signal: controller.signal,
        ...(lang ? { lang } : {}),
      });
      // One report for the whole run, every service in it, as the app writes it.
      const first = targets[0];
      // A report that cannot be written does not hide the result: printed with it, then exit 2.
      const report =
        reportPath && first
          ? await reportOrError(() =>
              writeReport(
                reportPath,
                result,
                first.target,
                stringOption(args, 'connection') ?? null,
                lang ?? 'en',
              ),
            )
          : null;
      print(result.services ?? [], out, report, lang ?? 'en');
      if (report instanceof CodedError) return EXIT.BAD_INPUT;
      return result.ok ? EXIT.OK : EXIT.CHECK_FAILED;
    } finally {
      process.off('SIGINT', onSigint);
    }
  },
};
