/**
 * What the command line hands to the network and the file system, checked first: URLs without
 * user, password, fragment or line breaks; proxies only http(s); files only regular files (a FIFO
 * would hang the read, a directory throws). Each problem is a UsageError (exit 2, one line) that
 * never repeats the value given (it may hold a password). Issue 9.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { UsageError, usageError } from './io';

const CONTROL = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
};

/** `what` names the option ("--url", "--proxy", "HTTPS_PROXY") or file kind (".edmx"), kept as typed in both languages; `kind` what it must be. */
export function checkedUrl(raw: string, what: string, kind: 'service' | 'proxy'): URL {
  const example =
    kind === 'service'
      ? 'https://my123456.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi/'
      : 'http://proxy.example.com:8080';
  if (CONTROL(raw))
    throw usageError('usage.controlChars', { what, example });
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw usageError('usage.badAddress', { what, example });
  }
  if (url.username || url.password) {
    throw usageError(kind === 'service' ? 'usage.serviceCredentials' : 'usage.proxyCredentials', { what });
  }
  if (raw.includes('#'))
    throw usageError('usage.fragment', { what, example });
  if (kind === 'service' && url.protocol !== 'https:')
    throw usageError('usage.notHttps', { what, example });
  if (kind === 'proxy' && url.protocol !== 'http:' && url.protocol !== 'https:')
    throw usageError('usage.proxyScheme', { what });
  return url;
}

/** A port number given as text: 0 (take a free one) to 65535. */
export function checkedPort(raw: string, what: string): number {
  const n = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 65535)
    throw usageError('usage.port', { what });
  return n;
}

/**
 * The bytes of a regular file of at most `maxBytes`. A FIFO must not hang the command: the file is
 * opened non-blocking (no O_NONBLOCK on Windows, where there are no FIFOs of this kind) and checked
 * with fstat (isFile) before a byte is read.
 */
export async function readRegularFile(
  path: string,
  what: string,
  maxBytes: number,
  tooLarge?: (size: number) => Error,
): Promise<Buffer> {
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait for ever.
    handle = await open(
      path,
      constants.O_RDONLY | ((constants as Partial<typeof constants>).O_NONBLOCK ?? 0),
    );
  } catch {
    throw usageError('usage.fileUnreadable', { what });
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw usageError('usage.notRegularFile', { what });
    if (info.size > maxBytes && tooLarge) throw tooLarge(info.size);
    if (info.size > maxBytes)
      throw usageError('usage.fileTooLarge', { what, kb: String(Math.round(maxBytes / 1024)) });
    return await handle.readFile();
  } catch (error) {
    if (error instanceof UsageError || tooLarge) throw error;
    throw usageError('usage.fileUnreadable', { what });
  } finally {
    await handle.close();
  }
}
