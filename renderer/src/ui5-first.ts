/**
 * The way into UI5's components for code that runs before UI5 is loaded (Home's notices, the lazy
 * pages): ui5-setup.ts is evaluated first, so UI5's own font loading is off before any component is
 * defined (it would ask a CDN for the "72" font: our CSP blocks it and the offline promise forbids
 * it; test/e2e/home.spec.ts saw those requests when a notice came before UI5) and the bundled texts,
 * locale data and themes are registered.
 */
export function afterUi5Setup<T>(load: () => Promise<T>): () => Promise<T> {
  return () => import('./ui5-setup').then(load);
}
