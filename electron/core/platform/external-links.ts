/**
 * Links the app may hand to the OS browser (Electron security checklist #15: do not open untrusted
 * content with shell.openExternal). https only, host exact or a subdomain of an allowed domain.
 */
const ALLOWED_DOMAINS = ['help.sap.com', 'userapps.support.sap.com', 'community.sap.com', 'api.sap.com'];

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  return ALLOWED_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
}
