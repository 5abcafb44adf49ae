/**
 * The Content-Security-Policy of the app page (Electron security checklist #7). Sent as a header by
 * the app:// protocol and by the e2e harness server, and repeated in index.html's meta tag.
 * UI5 Web Components render under it: their styles are constructable stylesheets and their
 * templates go through the `lit-html` Trusted Types policy.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** The same policy for index.html's meta tag, where frame-ancestors is not allowed (CSP3 §6.4.2). */
export const META_CSP = CSP.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ');

/** Headers for every response of the renderer's files. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};
