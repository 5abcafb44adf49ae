/**
 * What the command line hands to the network and the file system, checked first: URLs without
 * user, password, fragment or line breaks; proxies only http(s); files only regular files (a FIFO
 * would hang the read, a directory throws). Each problem is a UsageError (exit 2, one line) that
 * never repeats the value given (it may hold a password). Issue 9.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { UsageError } from './io';

const CONTROL = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
};

/** `what` names the option ("--url", "--proxy", "HTTPS_PROXY"); `kind` what it must be. */
export function checkedUrl(raw: string, what: string, kind: 'service' | 'proxy'): URL {
  const example =
    kind === 'service'
      ? 'https://my123456.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi/'
      : 'http://proxy.example.com:8080';
  if (CONTROL(raw))
    throw new UsageError(`${what} holds a line break or control character. Give it like ${example}`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`${what} is not a valid address. Give it like ${example}`);
  }
  if (url.username || url.password) {
    throw new UsageError(
      kind === 'service'
        ? `${what} must not hold a user or password: give --user and --password-env, or --p12.`
        : `${what} must not hold a user or password. A proxy that needs a password is set in a saved connection, where the password is kept in the vault.`,
    );
  }
  if (raw.includes('#'))
    throw new UsageError(`${what} must not hold a fragment ("#..."). Give it like ${example}`);
  if (kind === 'service' && url.protocol !== 'https:')
    throw new UsageError(`${what} must be an https:// address, e.g. ${example}`);
  if (kind === 'proxy' && url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(
      `${what} must start with http:// or https:// (other proxy kinds are not supported).`,
    );
  return url;
}

/** A port number given as text: 0 (take a free one) to 65535. */
export function checkedPort(raw: string, what: string): number {
  const n = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 65535)
    throw new UsageError(`${what} must be a port number (1-65535), or leave it out to take a free one.`);
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
    throw new UsageError(`The ${what} file cannot be read: check the path and the permissions.`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new UsageError(`The ${what} path is not a regular file.`);
    if (info.size > maxBytes && tooLarge) throw tooLarge(info.size);
    if (info.size > maxBytes)
      throw new UsageError(
        `The ${what} file is larger than ${Math.round(maxBytes / 1024)} KB, too large for one.`,
      );
    return await handle.readFile();
  } catch (error) {
    if (error instanceof UsageError || tooLarge) throw error;
    throw new UsageError(`The ${what} file cannot be read: check the path and the permissions.`);
  } finally {
    await handle.close();
  }
}
