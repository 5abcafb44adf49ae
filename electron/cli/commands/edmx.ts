/** c4c-connect edmx summary FILE: what a saved .edmx holds, offline. */
import { performance } from 'node:perf_hooks';
import { countModel } from '../../../shared/domain/odata';
import { CodedError } from '../../../shared/result';
import { DEFAULT_MAX_METADATA_BYTES, EdmxParser } from '../../core/odata/edmx-parser';
import { parse } from '../args';
import { readRegularFile } from '../checked-input';
import type { Command } from '../command';
import { EXIT, UsageError } from '../io';

export const edmxSummary: Command = {
  name: 'edmx summary',
  summary: 'Count what a saved .edmx ($metadata) file holds, offline',
  usage: 'c4c-connect edmx summary FILE [--json]',
  async run(argv, { out }) {
    const args = parse(argv, {});
    const file = args.positionals[0];
    if (!file || args.positionals.length > 1) throw new UsageError('Give exactly one .edmx file.');
    const bytes = await readRegularFile(
      file,
      'EDMX',
      DEFAULT_MAX_METADATA_BYTES,
      () =>
        new CodedError(
          'METADATA_TOO_LARGE',
          `The file is larger than ${DEFAULT_MAX_METADATA_BYTES / 1048576} MB and was not read.`,
        ),
    );
    const started = performance.now();
    const parser = new EdmxParser();
    parser.write(bytes);
    const counts = countModel(parser.end());
    const ms = Math.round(performance.now() - started);
    if (out.json) out.object({ ok: true, ...counts, ms });
    out.line(`Entity sets            ${counts.entitySets}`);
    out.line(`Entity types           ${counts.entityTypes}`);
    out.line(`Properties             ${counts.properties}`);
    out.line(`Navigation properties  ${counts.navigationProperties}`);
    out.line(`Associations           ${counts.associations}`);
    out.line(`Function imports       ${counts.functionImports}`);
    out.line(`Read in ${ms} ms`);
    return EXIT.OK;
  },
};
