/**
 * What to type into Cloud Integration's OData receiver adapter (OData V2, Connection and
 * Processing tabs), field by field, under the adapter's own field names. Pure, holds no secret:
 * the key pair's alias and the credential artifact's name, never a key or a password.
 */
import type { Handover, HandoverFieldKey } from '../contract/odata';
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
}

/** A keystore alias CPI accepts: lower case, letters, digits, _ . - */
export const aliasFor = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 64) || 'c4c_key_pair';

export const LABELS: Record<HandoverFieldKey, string> = {
  address: 'Address',
  proxyType: 'Proxy Type',
  authentication: 'Authentication',
  privateKeyAlias: 'Private Key Alias',
  credentialName: 'Credential Name',
  csrfProtected: 'CSRF Protected',
  resourcePath: 'Resource Path',
  queryOptions: 'Query Options',
  keystoreAlias: 'Keystore alias',
  edmx: 'EDMX file',
};

export function buildHandover(input: HandoverInput): Handover {
  const fields: Handover['fields'] = [];
  const add = (key: HandoverFieldKey, value: string, note: string) =>
    fields.push({ key, label: LABELS[key], value, note });
  const address = input.serviceRoot.replace(/\/+$/, '');
  add('address', address, 'The service root, without the entity set.');
  add(
    'proxyType',
    'Internet',
    'C4C is a cloud tenant reached over the internet; On-Premise is for the Cloud Connector.',
  );
  if (input.auth.method === 'client-certificate') {
    const alias = aliasFor(input.auth.keyPairName ?? `${input.systemId}_c4c`);
    add(
      'authentication',
      'Client Certificate',
      'The technical user signs in with the key pair of the communication system.',
    );
    add('privateKeyAlias', alias, 'The alias of the key pair in the tenant keystore.');
    add(
      'keystoreAlias',
      alias,
      'Upload the key pair (.p12) in Monitor > Keystore > Add > Key Pair under this alias.',
    );
  } else {
    const credential = `C4C_${input.systemId || 'SYSTEM'}`.replace(/[^A-Za-z0-9_.-]+/g, '_');
    add('authentication', 'Basic', 'The technical user signs in with user and password.');
    add(
      'credentialName',
      credential,
      `Create a User Credentials artifact with this name in Monitor > Security Material, holding the technical user ${input.auth.user}.`,
    );
  }
  add(
    'csrfProtected',
    input.fetchCsrfToken ? 'On' : 'Off',
    input.fetchCsrfToken
      ? 'This connection fetches a CSRF token, so the adapter should too.'
      : 'C4C does not ask a technical user of a communication arrangement for a CSRF token; switch it on only if the tenant answers 403 "CSRF token validation failed".',
  );
  const q = input.query;
  if (q?.entitySet) {
    add('resourcePath', q.entitySet, 'The entity set the integration reads.');
    // The adapter chooses the format and does its own paging; these options do not belong here.
    const options = queryOptions({ ...q, format: 'atom' }, input.typeOf ?? (() => undefined))
      .options.filter(([k]) => k !== '$skip')
      .map(([k, v]) => `${k}=${v}`)
      .join('&');
    add('queryOptions', options, 'Paste as written: the adapter encodes the URL itself.');
  }
  add(
    'edmx',
    `${input.connectionName.replace(/[^A-Za-z0-9_.-]+/g, '_')}.edmx`,
    "Save the metadata from the explorer and import it in the adapter's Model Operation step.",
  );
  const width = Math.max(...fields.map((f) => f.label.length));
  const text = [
    `Cloud Integration - OData receiver adapter (OData V2) for "${input.connectionName}"`,
    '',
    ...fields.flatMap((f) => [`${f.label.padEnd(width)}  ${f.value}`, `${''.padEnd(width)}  (${f.note})`]),
    '',
  ].join('\n');
  return { connectionName: input.connectionName, fields, text };
}
