/**
 * Writing the report on a real file system: the JSON beside the chosen Markdown never replaces a
 * file nobody confirmed, both are private (0600), and a failure leaves nothing half-written.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildSupportReport,
  writeSupportReport,
  type SupportReport,
} from '../../../../electron/core/support-report/index';

const report = (): SupportReport =>
  buildSupportReport({
    result: {
      ok: true,
      diagnosis: { code: 'OK', title: 'OK', advice: [] },
      stages: [],
      http: null,
      tls: null,
    },
    app: { name: 'C4C Connect', version: '1', electron: null, node: '24', tls: 'OpenSSL' },
    connection: { name: 'T', authentication: 'none' },
  });
const folder = () => mkdtempSync(join(tmpdir(), 'c4c-report-write-'));

describe('writing the support report', () => {
  it('keeps a JSON file of the same name the user never confirmed, writing "name (2).json" instead', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'r.json'), 'mine');
    const files = await writeSupportReport(join(dir, 'r.md'), report(), 'en');
    expect(files).toEqual({ markdown: join(dir, 'r.md'), json: join(dir, 'r (2).json') });
    expect(readFileSync(join(dir, 'r.json'), 'utf8')).toBe('mine');
    expect(JSON.parse(readFileSync(files.json, 'utf8'))).toMatchObject({
      format: 'c4c-connect-support-report',
    });
  });

  it('adds .md to a name typed without it and then keeps an existing "name.md" too', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'r.md'), 'mine');
    const files = await writeSupportReport(join(dir, 'r'), report(), 'en');
    expect(files).toEqual({ markdown: join(dir, 'r (2).md'), json: join(dir, 'r (2).json') });
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toBe('mine');
  });

  it('replaces the Markdown file the user chose (the save dialog asked) and writes both 0600', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'r.md'), 'old');
    const files = await writeSupportReport(join(dir, 'r.md'), report(), 'en');
    expect(readFileSync(files.markdown, 'utf8')).toContain('# C4C Connect');
    if (process.platform !== 'win32') {
      expect(statSync(files.markdown).mode & 0o777).toBe(0o600);
      expect(statSync(files.json).mode & 0o777).toBe(0o600);
    }
  });

  it('leaves no Markdown behind when the JSON cannot be written, with a coded error', async () => {
    const dir = folder();
    // 255 bytes is the longest file name: "<251>.md" fits, "<251>.json" does not (ENAMETOOLONG).
    const name = join(dir, 'r'.repeat(251));
    const failed = writeSupportReport(name, report(), 'en').catch((e: unknown) => e);
    expect(await failed).toMatchObject({
      code: 'REPORT_NOT_WRITTEN',
      says: { params: { path: `${name}.json`, reason: 'ENAMETOOLONG' } },
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says which file could not be written when the folder is gone', async () => {
    const dir = folder();
    const error = await writeSupportReport(join(dir, 'missing', 'r.md'), report(), 'de').catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      code: 'REPORT_NOT_WRITTEN',
      says: { key: 'report.notWritten', params: { path: join(dir, 'missing', 'r.md') } },
    });
  });
});
