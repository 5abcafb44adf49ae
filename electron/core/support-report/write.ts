/**
 * Writing the report: Markdown where the user chose, the JSON beside it (same name, .json). Only
 * the file the save dialog asked about may be replaced: "x.md" when the user chose "x.md". A name
 * typed without the extension (Linux's dialog adds none) and the JSON beside it were never
 * confirmed, so an existing file of that name is kept and "x (2).md" / "x (2).json" written instead.
 * Private like every file the app writes (0600); Markdown first, removed again if the JSON fails.
 */
import { open, rm } from 'node:fs/promises';
import { CodedError } from '../../../shared/result';
import type { Lang } from '../../../shared/messages/say';
import { writeFileAtomic } from '../vault/index';
import type { SupportReport } from './build';
import { reportMarkdown } from './markdown';

export interface ReportFiles {
  markdown: string;
  json: string;
}

/** How many "x (n)" names are tried before giving up. */
const MAX_NAMES = 50;
const MODE = 0o600;

const stem = (base: string, n: number) => (n === 1 ? base : `${base} (${n})`);

function notWritten(path: string, error: unknown): CodedError {
  const reason = (error as NodeJS.ErrnoException).code ?? 'error';
  return new CodedError(
    'REPORT_NOT_WRITTEN',
    `The report could not be written to ${path} (${reason}). Choose another folder or file name.`,
    undefined,
    { key: 'report.notWritten', params: { path, reason } },
  );
}

/** Creates `path` only if no file has that name; false if one has. A failed write removes it. */
async function createNew(path: string, data: Uint8Array): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx', MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw notWritten(path, error);
  }
  try {
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(path, { force: true });
    throw notWritten(path, error);
  }
  return true;
}

/** The first free "x (n)<ext>" from `first` on, created with `data`; its n. */
async function createFirstFree(base: string, ext: string, first: number, data: Uint8Array): Promise<number> {
  for (let n = first; n < first + MAX_NAMES; n++) {
    if (await createNew(`${stem(base, n)}${ext}`, data)) return n;
  }
  throw notWritten(`${base}${ext}`, Object.assign(new Error('taken'), { code: 'EEXIST' }));
}

export async function writeSupportReport(
  chosen: string,
  report: SupportReport,
  lang: Lang,
): Promise<ReportFiles> {
  const confirmed = /\.md$/i.test(chosen);
  const base = confirmed ? chosen.slice(0, -'.md'.length) : chosen;
  const markdown = Buffer.from(reportMarkdown(report, lang));
  const json = Buffer.from(`${JSON.stringify(report, null, 2)}\n`);

  let n = 1;
  if (confirmed) {
    await writeFileAtomic(chosen, markdown, MODE).catch((error: unknown) => {
      throw notWritten(chosen, error);
    });
  } else {
    n = await createFirstFree(base, '.md', 1, markdown);
  }
  const files = { markdown: confirmed ? chosen : `${stem(base, n)}.md`, json: '' };
  try {
    // From the Markdown's n on, so the two read as a pair where they can.
    files.json = `${stem(base, await createFirstFree(base, '.json', n, json))}.json`;
  } catch (error) {
    await rm(files.markdown, { force: true });
    throw error;
  }
  return files;
}
