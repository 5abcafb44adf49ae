/** c4c-connect edmx summary FILE: what a saved .edmx holds, offline. */
import { performance } from 'node:perf_hooks';
import { countModel } from '../../../shared/domain/odata';
import { codedError } from '../../../shared/result';
import { DEFAULT_MAX_METADATA_BYTES, EdmxParser } from '../../core/odata/edmx-parser';
import { parse } from '../args';
import { readRegularFile } from '../checked-input';
import type { Command } from '../command';
import { EXIT, usageError } from '../io';
import { labelled, sayCli } from '../../../shared/messages/cli';

export const edmxSummary: Command = {
  name: 'edmx summary',
  summary: 'Count what a saved .edmx ($metadata) file holds, offline',
  usage: 'c4c-connect edmx summary FILE [--json]',
  async run(argv, { out, lang = 'en' }) {
    const args = parse(argv, {});
    const file = args.positionals[0];
    if (!file || args.positionals.length > 1) throw usageError('usage.oneEdmx');
    const bytes = await readRegularFile(
      file,
      '.edmx',
      DEFAULT_MAX_METADATA_BYTES,
      () =>
        codedError('METADATA_TOO_LARGE', 'cli.metadataTooLarge', {
          mb: String(DEFAULT_MAX_METADATA_BYTES / 1048576),
        }),
    );
    const started = performance.now();
    const parser = new EdmxParser();
    parser.write(bytes);
    const counts = countModel(parser.end());
    const ms = Math.round(performance.now() - started);
    if (out.json) out.object({ ok: true, ...counts, ms });
    const rows = labelled(lang, [
      ['edmx.entitySets', counts.entitySets],
      ['edmx.entityTypes', counts.entityTypes],
      ['edmx.properties', counts.properties],
      ['edmx.navigationProperties', counts.navigationProperties],
      ['edmx.associations', counts.associations],
      ['edmx.functionImports', counts.functionImports],
    ]);
    for (const row of rows) out.line(row);
    out.line(sayCli(lang, 'edmx.read', { ms }));
    return EXIT.OK;
  },
};
