/**
 * c4c-connect handover: what to type into Cloud Integration's OData receiver adapter, built by the
 * same builder as the app's hand-over panel (shared/odata/handover.ts), so both say the same
 * fields, values and notes (in --lang). Needs no tenant and no keychain: only names, no secrets.
 */
import { buildHandover } from '../../../shared/odata/handover';
import { parseUrl } from '../../../shared/odata/query-reader';
import { parse, requiredOption, stringOption } from '../args';
import type { Command } from '../command';
import { EXIT, usageError } from '../io';

const USAGE =
  "c4c-connect handover --url SERVICE_ROOT (--keypair NAME | --user USER) [--query 'EntitySet?$select=…'] [--csrf] [--system-id ID] [--name NAME] [--lang de|en] [--json]";

/** The service root as the panel holds it: https, with its trailing slash. */
function serviceRoot(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw usageError('usage.handoverUrl');
  }
  if (parsed.protocol !== 'https:') throw usageError('usage.handoverHttps');
  parsed.search = '';
  parsed.hash = '';
  return parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
}

export const handover: Command = {
  name: 'handover',
  summary:
    "Print the OData receiver adapter's fields for Cloud Integration, as the app's hand-over shows them",
  usage: USAGE,
  run(argv, { out, lang = 'en' }) {
    const args = parse(argv, {
      url: { type: 'string' },
      keypair: { type: 'string' },
      user: { type: 'string' },
      query: { type: 'string' },
      csrf: { type: 'boolean' },
      'system-id': { type: 'string' },
      name: { type: 'string' },
    });
    const root = serviceRoot(requiredOption(args, 'url'));
    const keypair = stringOption(args, 'keypair');
    const user = stringOption(args, 'user');
    if ((keypair === undefined) === (user === undefined))
      throw usageError('usage.handoverAuth');
    const query = stringOption(args, 'query');
    let state = null;
    if (query !== undefined) {
      try {
        state = parseUrl(query, root);
      } catch {
        throw usageError('usage.handoverQuery');
      }
      if (!state.entitySet) throw usageError('usage.handoverNoSet');
    }
    const service = new URL(root).pathname.split('/').filter(Boolean).pop() ?? 'c4c';
    const h = buildHandover(
      {
        connectionName: stringOption(args, 'name') ?? service,
        serviceRoot: root,
        systemId: stringOption(args, 'system-id') ?? '',
        technicalUser: user ?? '',
        auth:
          keypair !== undefined
            ? { method: 'client-certificate', keyPairName: keypair }
            : { method: 'basic', user: user ?? '' },
        fetchCsrfToken: args.values.csrf === true,
        query: state,
      },
      lang,
    );
    if (out.json) out.object({ ok: true, ...h });
    else out.line(h.text.trimEnd());
    return Promise.resolve(EXIT.OK);
  },
};
