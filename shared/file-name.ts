/**
 * The one way a name the user gave (connection, key pair) becomes the default name in a save
 * dialog. It keeps the user's letters ("Übungs-Tenant.edmx"): only what no file system takes
 * (< > : " / \ | ? * and control characters) becomes "_"; no leading dots; at most 100 characters
 * before the extension.
 */
const FORBIDDEN_IN_FILE_NAMES = new Set(['<', '>', ':', '"', '/', '\\', '|', '?', '*']);
const MAX_BASE = 100;

export const fileNameFor = (name: string, extension: string): string => {
  let replaced = '';
  for (const c of name.normalize('NFC')) {
    replaced += FORBIDDEN_IN_FILE_NAMES.has(c) || /\p{Cc}/u.test(c) ? '_' : c;
  }
  const cleaned = replaced.replace(/_{2,}/g, '_').trim().replace(/^\.+/, '');
  const base = Array.from(cleaned).slice(0, MAX_BASE).join('');
  return `${base.trim() || 'c4c'}.${extension}`;
};
