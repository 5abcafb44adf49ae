/**
 * What reads as English: a text in which at least two English function words appear, once the
 * product names and field values the products show in English (the adapter's field names, C4C's UI
 * labels and error texts) are taken out. Plain Node, so the e2e run and the CLI tests share it.
 */

export const ALLOWED_ENGLISH = [
  'OData Services for Business Objects',
  'Inconsistent Authorization: Re-activate Communication Arrangement.',
  'Inconsistent Authorization',
  // C4C's words for a refused CSRF fetch (https://github.com/SAP/cloud-sdk-js/issues/1185).
  'is not assigned to you',
  'not assigned to you',
  'SSL Client Certificate',
  'User ID and Password',
  'Create and Download Key Pair',
  'No required SSL certificate was sent',
  'The SSL certificate error',
  'CSRF token validation failed',
  'Monitor > Integrations and APIs > Manage Security > Keystore > Add > Key Pair',
  'Monitor > Integrations and APIs > Manage Security > Security Material > Add > User Credentials',
  'Monitor > Integrations and APIs > Manage Security > Keystore',
  'Local EDMX File',
  'Process in Pages',
  'Looping Process Call',
  'Page Size',
  'CSRF Protected',
  'Private Key Alias',
  'Credential Name',
  'Query Options',
  'Model Operation',
];

const FUNCTION_WORDS = [
  'the',
  'and',
  'is',
  'are',
  'with',
  'your',
  'this',
  'that',
  'you',
  'was',
  'has',
  'have',
  'not',
  'from',
  'will',
  'which',
  'when',
  'what',
  'for',
  'of',
  'to',
  'it',
];

export function englishIn(text: string): string | null {
  let rest = text;
  for (const allowed of ALLOWED_ENGLISH) rest = rest.split(allowed).join(' ');
  const words = new Set(rest.toLowerCase().match(/[a-z']+/g) ?? []);
  const hits = FUNCTION_WORDS.filter((w) => words.has(w));
  return hits.length >= 2 ? `${text.trim()} [${hits.join(', ')}]` : null;
}
