/** Writing the report: Markdown where the user chose, the JSON beside it (same name, .json). */
import { writeFileAtomic } from '../vault/index';
import type { Lang } from '../../../shared/messages/say';
import type { SupportReport } from './build';
import { reportMarkdown } from './markdown';

export interface ReportFiles {
  markdown: string;
  json: string;
}

/** "x.md" and "x.json" for a chosen "x.md" or "x" (a name typed without the extension). */
export function reportPaths(chosen: string): ReportFiles {
  const markdown = /\.md$/i.test(chosen) ? chosen : `${chosen}.md`;
  return { markdown, json: markdown.replace(/\.md$/i, '.json') };
}

export async function writeSupportReport(
  chosen: string,
  report: SupportReport,
  lang: Lang,
): Promise<ReportFiles> {
  const files = reportPaths(chosen);
  // Meant to be attached and shared: readable like any document (it holds nothing secret).
  await writeFileAtomic(files.json, Buffer.from(`${JSON.stringify(report, null, 2)}\n`), 0o644);
  await writeFileAtomic(files.markdown, Buffer.from(reportMarkdown(report, lang)), 0o644);
  return files;
}
