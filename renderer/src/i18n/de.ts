/** The German texts, one chunk, loaded only when the app shows German (./index.ts names the namespaces). */
export default import.meta.glob<Record<string, unknown>>('./locales/de/*.json', {
  eager: true,
  import: 'default',
});
