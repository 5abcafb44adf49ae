/** c4c-connect query: one page of an entity set, with the builder's URL rules. */
import type { Cell, QueryResult } from '../../../shared/contract/odata';
import { buildUrl, emptyQuery, type QueryState } from '../../../shared/odata/query';
import { runQuery } from '../../core/odata/query-run';
import { parse, requiredOption, stringOption } from '../args';
import { sayCli } from '../../../shared/messages/cli';
import type { Command } from '../command';
import { EXIT, usageError } from '../io';
import { CONNECTION_OPTIONS, CONNECTION_USAGE } from '../tenant-target';
import { openConnection } from './metadata';

const list = (v: string | undefined) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

function count(v: string | undefined, name: string): number | null {
  if (v === undefined) return null;
  if (!/^\d+$/.test(v)) throw usageError('usage.wholeNumber', { name });
  return Number(v);
}

function table(result: QueryResult): string[] {
  const cols = result.columns.slice(0, 8);
  const cell = (v: Cell | undefined) => (v === null || v === undefined ? '' : String(v)).slice(0, 30);
  const widths = cols.map((c) => Math.max(c.length, ...result.rows.map((r) => cell(r[c]).length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i] ?? 0)).join('  ');
  return [
    line(cols),
    line(widths.map((w) => '-'.repeat(w))),
    ...result.rows.map((r) => line(cols.map((c) => cell(r[c])))),
  ];
}

export const query: Command = {
  name: 'query',
  summary: 'Run one query on an entity set and show the rows, the count and the time',
  usage: `c4c-connect query ${CONNECTION_USAGE} --entity-set X [--select a,b] [--filter "..."] [--expand ...] [--orderby ...] [--top N] [--skip N] [--count] [--search TERM] [--json]`,
  async run(argv, { out, ctx, lang = 'en' }) {
    const args = parse(argv, {
      ...CONNECTION_OPTIONS,
      'entity-set': { type: 'string' },
      select: { type: 'string' },
      filter: { type: 'string' },
      expand: { type: 'string' },
      orderby: { type: 'string' },
      top: { type: 'string' },
      skip: { type: 'string' },
      count: { type: 'boolean' },
      search: { type: 'string' },
    });
    const filter = stringOption(args, 'filter');
    const state: QueryState = {
      ...emptyQuery(requiredOption(args, 'entity-set')),
      select: list(stringOption(args, 'select')),
      // The filter is sent as written (the CLI has no metadata to type literals by).
      filters: [],
      rawFilter: filter ? filter : null,
      expand: list(stringOption(args, 'expand')),
      orderby: list(stringOption(args, 'orderby')).map((o) => {
        const [property = '', dir] = o.split(/\s+/);
        return { property, direction: dir?.toLowerCase() === 'desc' ? 'desc' : 'asc' };
      }),
      top: count(stringOption(args, 'top'), 'top'),
      skip: count(stringOption(args, 'skip'), 'skip'),
      inlinecount: args.values.count === true,
      format: 'json',
      search: stringOption(args, 'search') ?? '',
    };
    const conn = await openConnection(args, ctx);
    try {
      const url = buildUrl(conn.root, state, () => undefined);
      const result = await runQuery(conn.get, url, { serviceRoot: conn.root });
      if (out.json) {
        const { raw: _raw, rawTruncated: _t, ...rest } = result;
        // rest.url: the URL it called (no secret in it: credentials travel in headers or TLS).
        out.object({ ok: true, ...rest });
      }
      for (const l of table(result)) out.line(l);
      out.line('');
      const ms = Math.round(result.ms);
      out.line(
        result.count === null
          ? sayCli(lang, 'query.rows', { rows: result.rowCount, ms })
          : sayCli(lang, 'query.rowsOf', { rows: result.rowCount, count: result.count, ms }),
      );
      if (result.next) out.line(sayCli(lang, 'query.next', { url: result.next }));
      return EXIT.OK;
    } finally {
      conn.close();
    }
  },
};
