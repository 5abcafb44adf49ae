/**
 * The one way a name the user gave (connection, key pair) becomes the default name in a save
 * dialog. It keeps the user's letters ("Übungs-Tenant.edmx"): only what no file system takes
 * (< > : " / \ | ? * and control characters) becomes "_", and so do format characters such as
 * bidi overrides (a right-to-left override would make the save dialog show another extension than
 * the file gets) and zero-width spaces; no leading dots; at most 100 characters
 * before the extension. A .cer file gets no dot but the one before "cer": C4C's certificate upload
 * (Edit Credentials > Certificate) refuses a file name with more than one dot ("This file type is
 * not permitted", https://userapps.support.sap.com/sap/support/knowledge/en/3141132). A name that is
 * one of Windows' device names before its first dot (CON, NUL, COM1...; "NUL.txt" is NUL too, so no
 * file of that name can be saved) gets a "_" in front
 * (https://learn.microsoft.com/en-us/windows/win32/fileio/naming-a-file, "Naming conventions").
 */
const FORBIDDEN_IN_FILE_NAMES = new Set(['<', '>', ':', '"', '/', '\\', '|', '?', '*']);
const MAX_BASE = 100;
/** Case does not matter; the superscript digits count as digits there too. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3]|conin\$|conout\$)$/i;
/**
 * Control and format characters (bidi controls and marks, zero-width spaces, soft hyphens, tags)
 * and line separators; not the zero-width (non-)joiners that emoji and Persian names need.
 */
const invisible = (c: string): boolean =>
  /[\p{Cc}\p{Cf}\u2028\u2029]/u.test(c) && c !== '\u200c' && c !== '\u200d';

export const fileNameFor = (name: string, extension: string): string => {
  let replaced = '';
  for (const c of name.normalize('NFC')) {
    replaced += FORBIDDEN_IN_FILE_NAMES.has(c) || invisible(c) ? '_' : c;
  }
  if (extension === 'cer') replaced = replaced.replaceAll('.', '_');
  const cleaned = replaced.replace(/_{2,}/g, '_').trim().replace(/^\.+/, '').replace(/^_+$/, '');
  const base = Array.from(cleaned).slice(0, MAX_BASE).join('').trim() || 'c4c';
  const device = WINDOWS_DEVICE.test((base.split('.')[0] ?? '').trimEnd());
  return `${device ? '_' : ''}${base}.${extension}`;
};
