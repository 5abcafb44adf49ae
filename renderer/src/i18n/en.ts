/** The English texts, one chunk, loaded only when the app shows English (./index.ts names the namespaces). */
export default import.meta.glob<Record<string, unknown>>('./locales/en/*.json', {
  eager: true,
  import: 'default',
});
