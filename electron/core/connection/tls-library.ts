/**
 * Which TLS library this process runs on. Plain Node (the CLI, the tests) uses OpenSSL; Electron
 * builds its Node against Chromium's BoringSSL and drops `process.versions.openssl` (Electron issues
 * https://github.com/electron/electron/issues/23423, "we don't use OpenSSL - we actually use
 * BoringSSL", and https://github.com/electron/electron/pull/21118, "remove openssl from
 * process.versions"). The two differ in what a TLS socket can tell: see tls-facts.ts.
 */
export interface TlsLibrary {
  name: 'OpenSSL' | 'BoringSSL';
  /** OpenSSL's version; BoringSSL has none (it is whatever Chromium's Electron ships). */
  version: string | null;
}

export function detectTlsLibrary(versions: Partial<Record<string, string>> = process.versions): TlsLibrary {
  const openssl = versions.openssl;
  // Older Electrons still reported an "openssl" version (e.g. "1.1.0", issue 23423); inside
  // Electron it is BoringSSL whatever that key says.
  if (versions.electron || !openssl || /boringssl/i.test(openssl))
    return { name: 'BoringSSL', version: null };
  return { name: 'OpenSSL', version: openssl };
}

/** "OpenSSL 3.5.4" or "BoringSSL (Electron 45.5.0)", for doctor and About. */
export function describeTlsLibrary(
  lib: TlsLibrary,
  versions: Partial<Record<string, string>> = process.versions,
): string {
  if (lib.name === 'OpenSSL') return `OpenSSL ${lib.version ?? ''}`.trim();
  return versions.electron ? `BoringSSL (Electron ${versions.electron})` : 'BoringSSL';
}

let current: TlsLibrary = detectTlsLibrary();

/** The library the connection test reads its TLS facts with. */
export const tlsLibrary = (): TlsLibrary => current;

/**
 * Tests run on Node's OpenSSL; this lets them run the connection test as it behaves on BoringSSL
 * (no shared-sigalgs signal), against the same real servers. Returns the previous value.
 */
export function useTlsLibraryForTests(lib: TlsLibrary): TlsLibrary {
  const before = current;
  current = lib;
  return before;
}
