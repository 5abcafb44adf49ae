/**
 * The support report as Markdown, for a person to read (the JSON beside it is for tools). Headings
 * in the reader's language; values as the test recorded them, times in UTC.
 */
import { adviceOf } from '../connection/diagnosis-texts';
import type { DiagnosisCode } from '../../../shared/domain/diagnosis';
import { isMessageKey, say, type Lang } from '../../../shared/messages/say';
import type { CertificateFacts, ReportService, SupportReport } from './build';

/**
 * Text from a server or a certificate, safe in a table cell or a line: no markup, one line, in
 * reading order. Control characters (CR, LF, NEL, ...), Unicode line and paragraph separators and
 * bidi overrides/isolates (which could make a line read other than it is) become a space.
 */
const md = (s: string | number | null | undefined): string =>
  s === null || s === undefined || s === ''
    ? '—'
    : String(s)
        .replace(/[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]+/gu, ' ')
        // Only what would start markup mid-line (links, code, emphasis, strike-through, HTML, table cells).
        .replace(/([\\`*_~|<>[\]])/g, '\\$1');

const row = (cells: (string | number | null)[]) => `| ${cells.map(md).join(' | ')} |`;

function table(head: string[], rows: (string | number | null)[][]): string[] {
  return [row(head), `|${head.map(() => ' --- ').join('|')}|`, ...rows.map(row)];
}

function certificates(lang: Lang, list: CertificateFacts[]): string[] {
  return table(
    [
      say(lang, 'report.subject'),
      say(lang, 'report.issuer'),
      say(lang, 'report.validFrom'),
      say(lang, 'report.validUntil'),
      say(lang, 'report.sha256'),
    ],
    list.map((c) => [c.subject, c.issuer, c.notBefore, c.notAfter, c.sha256]),
  );
}

function service(lang: Lang, s: ReportService): string[] {
  const lines = s.diagnosis.lines.flatMap((l) =>
    isMessageKey(l.key) ? [{ key: l.key, ...(l.params ? { params: l.params } : {}) }] : [],
  );
  const advice = adviceOf(lang, s.diagnosis.code as DiagnosisCode, lines);
  const out = [
    `## ${md(s.service ?? say(lang, 'report.service'))}`,
    '',
    `- ${say(lang, 'report.url')}: ${md(s.url)}`,
    `- ${say(lang, 'report.startedAt')}: ${md(s.startedAt)}`,
    `- ${say(lang, 'report.totalMs')}: ${md(s.totalMs)}`,
    `- ${say(lang, 'report.diagnosis')}: **${md(s.diagnosis.code)}** — ${md(advice.title)}`,
    ...advice.advice.map((a) => `  - ${md(a)}`),
  ];
  if (s.c4cError) {
    out.push(`- ${say(lang, 'report.c4cError')}: ${md(s.c4cError.code)} — ${md(s.c4cError.message)}`);
  }
  out.push('', `### ${say(lang, 'report.stages')}`, '');
  out.push(
    ...table(
      [say(lang, 'report.stage'), say(lang, 'report.result'), 'ms', say(lang, 'report.error')],
      s.stages.map((st) => [st.name, say(lang, st.ok ? 'report.ok' : 'report.failed'), st.ms, st.error]),
    ),
  );
  if (s.tls) {
    out.push('', '### TLS', '');
    out.push(`- ${say(lang, 'report.protocol')}: ${md(s.tls.protocol)} ${md(s.tls.cipher)}`);
    out.push(
      `- ${say(lang, 'report.clientCertificateSent')}: ${md(say(lang, `report.sent.${s.tls.clientCertificateSent}`))}`,
    );
    if (s.tls.verifyError) out.push(`- ${say(lang, 'report.verifyError')}: ${md(s.tls.verifyError)}`);
    out.push('', say(lang, 'report.serverChain'), '', ...certificates(lang, s.tls.serverChain));
  }
  if (s.http) {
    out.push('', '### HTTP', '', `- ${say(lang, 'report.status')}: ${s.http.status}`);
    const headers = Object.entries(s.http.headers);
    if (headers.length)
      out.push('', ...table([say(lang, 'report.header'), say(lang, 'report.value')], headers));
  }
  return out;
}

export function reportMarkdown(report: SupportReport, lang: Lang): string {
  const auth = say(lang, `report.auth.${report.connection.authentication}`);
  const out = [
    `# ${say(lang, 'report.title')}`,
    '',
    say(lang, 'report.noSecrets'),
    '',
    `- ${say(lang, 'report.createdAt')}: ${md(report.createdAt)}`,
    `- ${say(lang, 'report.app')}: ${md(`${report.app.name} ${report.app.version}`)} (${md(
      [
        report.app.electron ? `Electron ${report.app.electron}` : null,
        `Node ${report.app.node}`,
        report.app.tls,
      ]
        .filter(Boolean)
        .join(', '),
    )})`,
    `- ${say(lang, 'report.os')}: ${md(`${report.os.platform} ${report.os.release} ${report.os.arch}`)}`,
    `- ${say(lang, 'report.connection')}: ${md(report.connection.name)}`,
    `- ${say(lang, 'report.authentication')}: ${md(auth)}`,
    `- ${say(lang, 'report.overall')}: **${md(report.code)}**`,
  ];
  if (report.clientCertificate) {
    out.push(
      '',
      `## ${say(lang, 'report.clientCertificate')}`,
      '',
      ...certificates(lang, [report.clientCertificate]),
    );
  }
  for (const s of report.services) out.push('', ...service(lang, s));
  return `${out.join('\n')}\n`;
}
