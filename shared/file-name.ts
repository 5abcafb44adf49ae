/**
 * The one way a name the user gave (connection, key pair) becomes the default name in a save
 * dialog. It keeps the user's letters ("Übungs-Tenant.edmx"): only what no file system takes
 * (< > : " / \ | ? * and control characters) becomes "_", and so do bidi controls and marks and
 * zero-width no-break spaces (a right-to-left override would make the save dialog show another
 * extension than the file gets); no leading dots; at most 100 characters
 * before the extension. A .cer file gets no dot but the one before "cer": C4C's certificate upload
 * (Edit Credentials > Certificate) refuses a file name with more than one dot ("This file type is
 * not permitted", https://userapps.support.sap.com/sap/support/knowledge/en/3141132).
 */
const FORBIDDEN_IN_FILE_NAMES = new Set(['<', '>', ':', '"', '/', '\\', '|', '?', '*']);
const MAX_BASE = 100;
/** Control characters, bidi controls and marks, line separators, zero-width no-break space. */
const INVISIBLE = /[\p{Cc}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/u;

export const fileNameFor = (name: string, extension: string): string => {
  let replaced = '';
  for (const c of name.normalize('NFC')) {
    replaced += FORBIDDEN_IN_FILE_NAMES.has(c) || INVISIBLE.test(c) ? '_' : c;
  }
  if (extension === 'cer') replaced = replaced.replaceAll('.', '_');
  const cleaned = replaced.replace(/_{2,}/g, '_').trim().replace(/^\.+/, '').replace(/^_+$/, '');
  const base = Array.from(cleaned).slice(0, MAX_BASE).join('');
  return `${base.trim() || 'c4c'}.${extension}`;
};
