/**
 * c4c-connect metadata: download `$metadata` with a saved connection or with --url and the same
 * authentication options as `c4c-connect test`, parse it, optionally save it as .edmx.
 */
import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { countModel } from '../../../shared/domain/odata';
import { CodedError } from '../../../shared/result';
import { createTenantClient } from '../../core/connection/index';
import { downloadMetadata } from '../../core/odata/download';
import { parseEdmx } from '../../core/odata/edmx-parser';
import { httpGetFromTenantClient, type HttpGet } from '../../core/odata/http';
import { parse, stringOption, type ParsedArgs } from '../args';
import { sayCli } from '../../../shared/messages/cli';
import type { Command } from '../command';
import type { CliContext } from '../context';
import { EXIT } from '../io';
import { CONNECTION_OPTIONS, CONNECTION_USAGE, resolveTarget } from '../tenant-target';

/** The service root and a GET with the connection's credentials; close() when done. */
export async function openConnection(
  args: ParsedArgs,
  ctx: CliContext,
): Promise<{ root: string; get: HttpGet; close(): void }> {
  const target = await resolveTarget(args, ctx);
  const client = createTenantClient(target);
  return { root: client.serviceRoot.href, get: httpGetFromTenantClient(client), close: () => client.close() };
}

export const metadata: Command = {
  name: 'metadata',
  summary: 'Download $metadata of a C4C OData service, check it and save it as .edmx',
  usage: `c4c-connect metadata ${CONNECTION_USAGE} [--language de] [--out FILE] [--json]`,
  async run(argv, { out, ctx, lang = 'en' }) {
    const args = parse(argv, {
      ...CONNECTION_OPTIONS,
      out: { type: 'string' },
      language: { type: 'string' },
    });
    const started = performance.now();
    const conn = await openConnection(args, ctx);
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once('SIGINT', onSigint);
    try {
      const language = stringOption(args, 'language');
      const downloaded = await downloadMetadata(conn.get, {
        ...(language ? { language } : {}),
        signal: controller.signal,
      });
      const counts = countModel(parseEdmx(downloaded.bytes));
      const file = stringOption(args, 'out') ?? null;
      if (file) await writeFile(file, downloaded.bytes);
      const ms = Math.round(performance.now() - started);
      if (out.json)
        out.object({
          ok: true,
          bytes: downloaded.bytes.length,
          entitySets: counts.entitySets,
          entityTypes: counts.entityTypes,
          ms,
          file,
        });
      out.line(
        sayCli(lang, 'metadata.done', {
          bytes: downloaded.bytes.length,
          sets: counts.entitySets,
          types: counts.entityTypes,
          ms,
        }),
      );
      if (file) out.line(sayCli(lang, 'metadata.saved', { file }));
      return EXIT.OK;
    } catch (error) {
      if (error instanceof CodedError) throw error;
      throw new CodedError('REQUEST_FAILED', error instanceof Error ? error.message : String(error));
    } finally {
      process.off('SIGINT', onSigint);
      conn.close();
    }
  },
};
