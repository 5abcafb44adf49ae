/**
 * What to type into Cloud Integration's OData receiver adapter (OData V2, Connection and
 * Processing tabs), field by field, under the adapter's own field names, with a note per field in
 * the reader's language. One builder for the hand-over panel, its text export and the CLI.
 * Pure, holds no secret: the key pair's alias and the credential artifact's name, never a key or
 * a password. Field names and notes: see the sources in shared/messages/en.ts ([adapter] and
 * https://github.com/SAP-docs/btp-integration-suite/blob/main/docs/ISuite/50-Development/configure-the-odata-v2-receiver-adapter-c5c2e38.md).
 */
import type { Handover, HandoverFieldKey } from '../contract/odata';
import { fileNameFor } from '../file-name';
import { say, type Lang, type MessageKey, type Params } from '../messages/say';
import { queryOptions, type QueryState, type TypeOf } from './query';

export interface HandoverInput {
  connectionName: string;
  serviceRoot: string;
  systemId: string;
  technicalUser: string;
  auth: { method: 'client-certificate'; keyPairName: string | null } | { method: 'basic'; user: string };
  fetchCsrfToken: boolean;
  query: QueryState | null;
  typeOf?: TypeOf;
  /** The arrangement's services after the first, whose hand-over differs only in the Address. */
  otherServices?: { name: string; serviceRoot: string }[];
}

/**
 * The keystore alias proposed for a key pair's name. Cloud Integration reserves aliases starting
 * with "sap" and allows at most 250 characters
 * (https://github.com/SAP-docs/btp-integration-suite/blob/main/docs/ISuite/50-Development/changing-the-alias-of-a-keystore-entry-72b0f88.md),
 * and does not support "true" or "false" as Private Key Alias
 * (https://github.com/SAP-docs/btp-integration-suite/blob/main/docs/ISuite/50-Development/configure-the-odata-v2-receiver-adapter-c5c2e38.md):
 * those get the prefix c4c_. Lower case letters, digits and _ . - only is our own choice, an alias
 * that is easy to type again, not a rule of Cloud Integration.
 */
const MAX_ALIAS = 250;
export const aliasFor = (name: string): string => {
  const alias =
    name
      .toLowerCase()
      .replace(/[^a-z0-9_.-]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'c4c_key_pair';
  const refused = alias.startsWith('sap') || alias === 'true' || alias === 'false';
  return (refused ? `c4c_${alias}` : alias).slice(0, MAX_ALIAS);
};

export { fileNameFor } from '../file-name';

/** The adapter's own field names, as Cloud Integration shows them (never translated). */
export const LABELS: Record<HandoverFieldKey, string> = {
  address: 'Address',
  proxyType: 'Proxy Type',
  authentication: 'Authentication',
  privateKeyAlias: 'Private Key Alias',
  credentialName: 'Credential Name',
  csrfProtected: 'CSRF Protected',
  resourcePath: 'Resource Path',
  queryOptions: 'Query Options',
  pageSize: 'Page Size',
  edmx: 'EDMX file',
};

/**
 * Options a query of the builder may hold that do not belong in the adapter: $format and
 * $inlinecount are not supported in Query Options ([adapter] note), and $top/$skip of a trial
 * query would cut the data the integration reads (the adapter pages by __next itself).
 */
const NOT_CARRIED = new Set(['$format', '$inlinecount', '$top', '$skip']);

/** The query options the adapter gets, and the ones left out (with their values). */
export function adapterQueryOptions(query: QueryState, typeOf: TypeOf = () => undefined) {
  const all = queryOptions(query, typeOf).options;
  const kept = all.filter(([k]) => !NOT_CARRIED.has(k.toLowerCase()));
  const dropped = all.filter(([k]) => NOT_CARRIED.has(k.toLowerCase()));
  return {
    options: kept.map(([k, v]) => `${k}=${v}`).join('&'),
    dropped: dropped.map(([k, v]) => `${k}=${v}`),
  };
}

export function buildHandover(input: HandoverInput, lang: Lang = 'en'): Handover {
  const fields: Handover['fields'] = [];
  const add = (key: HandoverFieldKey, value: string, note: MessageKey, params?: Params) =>
    fields.push({ key, label: LABELS[key], value, note: say(lang, note, params) });
  const cert = input.auth.method === 'client-certificate';
  add('address', input.serviceRoot.replace(/\/+$/, ''), 'handover.note.address');
  add('proxyType', 'Internet', 'handover.note.proxyType');
  if (input.auth.method === 'client-certificate') {
    add('authentication', 'Client Certificate', 'handover.note.authCert');
    // One row: the adapter's Private Key Alias is the alias the key pair is uploaded under.
    const alias = aliasFor(input.auth.keyPairName ?? `${input.systemId}_c4c`);
    add('privateKeyAlias', alias, 'handover.note.privateKeyAlias');
  } else {
    const credential = `C4C_${input.systemId || 'SYSTEM'}`.replace(/[^A-Za-z0-9_.-]+/g, '_');
    add('authentication', 'Basic', 'handover.note.authBasic');
    add('credentialName', credential, 'handover.note.credentialName', { user: input.auth.user });
  }
  // CSRF Protected is selected by default in the adapter: say "untick" ([adapter]).
  add(
    'csrfProtected',
    input.fetchCsrfToken ? 'On' : 'Off',
    input.fetchCsrfToken ? 'handover.note.csrfOn' : 'handover.note.csrfOff',
  );
  const q = input.query;
  const notes: string[] = [];
  if (q?.entitySet) {
    add('resourcePath', q.entitySet, 'handover.note.resourcePath');
    const { options, dropped } = adapterQueryOptions(q, input.typeOf);
    add('queryOptions', options, 'handover.note.queryOptions');
    if (dropped.length) {
      const note = say(lang, 'handover.note.dropped', { options: dropped.join(', ') });
      const last = fields.at(-1);
      if (last) last.note = `${last.note} ${note}`;
      notes.push(note);
    }
    add('pageSize', '', 'handover.note.pageSize');
  }
  add(
    'edmx',
    fileNameFor(input.connectionName, 'edmx'),
    cert ? 'handover.note.edmxCert' : 'handover.note.edmxBasic',
  );
  const otherServices = (input.otherServices ?? []).map((s) => ({
    name: s.name,
    address: s.serviceRoot.replace(/\/+$/, ''),
  }));
  const width = Math.max(...fields.map((f) => f.label.length));
  const shown = (v: string) => v || say(lang, 'handover.empty');
  const others = otherServices.length
    ? [
        '',
        say(lang, 'handover.otherServices'),
        ...otherServices.map((s) => `${LABELS.address} (${s.name})  ${s.address}`),
      ]
    : [];
  const text = [
    say(lang, 'handover.heading', { name: input.connectionName }),
    '',
    ...fields.flatMap((f) => [
      `${f.label.padEnd(width)}  ${shown(f.value)}`,
      `${''.padEnd(width)}  (${f.note})`,
    ]),
    ...others,
    '',
  ].join('\n');
  return { connectionName: input.connectionName, fields, text, notes, otherServices };
}
