/**
 * How every command that talks to a tenant (test, metadata, query) turns its options into a
 * TenantTarget: a saved connection (--connection NAME) or --url with the authentication options.
 * One place, so the commands cannot drift apart in what they accept.
 */
import type { ParseArgsConfig } from 'node:util';
import type { ProxyChoice, TenantTarget, TestCredentials } from '../core/connection/index';
import { ConnectionStore } from '../core/connections/index';
import { targetOf, type ConnectionSources } from '../core/odata/connection-target';
import type { Connection } from '../../shared/domain/connection';
import { sayCli } from '../../shared/messages/cli';
import { openPkcs12 } from '../core/pkcs12/index';
import { Vault } from '../core/vault/index';
import { MAX_KEY_PAIR_FILE_BYTES } from '../../shared/constants';
import { stringList, stringOption, type ParsedArgs } from './args';
import { checkedUrl, readRegularFile } from './checked-input';
import type { CliContext } from './context';
import { usageError } from './io';
import { getPassword } from './prompt-password';
import { keyPairService } from './commands/keypair-common';

export const CONNECTION_OPTIONS = {
  connection: { type: 'string' },
  url: { type: 'string' },
  p12: { type: 'string' },
  'password-env': { type: 'string' },
  keypair: { type: 'string' },
  user: { type: 'string' },
  ca: { type: 'string', multiple: true },
  proxy: { type: 'string' },
  timeout: { type: 'string' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

export const CONNECTION_USAGE =
  '(--connection NAME | --url <service root> (--p12 FILE [--password-env VAR] | --keypair NAME | --user USER --password-env VAR) [--ca FILE]... [--proxy URL] [--timeout SECONDS])';

/** A CA certificate file is a few KB; a bundle of them stays well under this. */
const MAX_CA_FILE_BYTES = 1024 * 1024;

async function credentials(args: ParsedArgs, ctx: CliContext): Promise<TestCredentials> {
  const p12 = stringOption(args, 'p12');
  const keypair = stringOption(args, 'keypair');
  const user = stringOption(args, 'user');
  if ([p12, keypair, user].filter((x) => x !== undefined).length > 1) {
    throw usageError('usage.onlyOne');
  }
  const passwordEnv = stringOption(args, 'password-env');
  const io = { env: ctx.env, stdin: ctx.stdin };
  if (p12 !== undefined) {
    const bytes = await readRegularFile(p12, '--p12', MAX_KEY_PAIR_FILE_BYTES);
    const opened = await openPkcs12(bytes, await getPassword(passwordEnv, sayCli(ctx.lang ?? 'en', 'prompt.passwordOf', { what: p12 }), io));
    return {
      kind: 'client-certificate',
      keyPem: opened.keyPem,
      chainPem: opened.chainPem.join('\n'),
      notAfter: opened.inspection.certificate.notAfter,
    };
  }
  if (keypair !== undefined) {
    const service = keyPairService(ctx);
    const found = service.find(keypair);
    if (!found) {
      throw usageError('usage.noKeyPair', { name: keypair });
    }
    const m = await service.tlsMaterial(found.id);
    return {
      kind: 'client-certificate',
      keyPem: m.keyPem,
      chainPem: m.chainPem.join('\n'),
      notAfter: m.notAfter,
    };
  }
  if (user !== undefined) {
    return { kind: 'basic', user, password: await getPassword(passwordEnv, sayCli(ctx.lang ?? 'en', 'prompt.passwordOf', { what: user }), io) };
  }
  return { kind: 'none' };
}

async function targetFromUrl(
  args: ParsedArgs,
  ctx: CliContext,
  fetchCsrfToken: boolean,
): Promise<TenantTarget> {
  const url = stringOption(args, 'url');
  if (!url) throw usageError('usage.urlRequired');
  checkedUrl(url, '--url', 'service');
  const timeout = stringOption(args, 'timeout');
  const seconds = timeout === undefined ? 20 : Number(timeout);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 300) {
    throw usageError('usage.timeout');
  }
  const extraCaPem = await Promise.all(
    stringList(args, 'ca').map(async (f) =>
      (await readRegularFile(f, '--ca', MAX_CA_FILE_BYTES)).toString('utf8'),
    ),
  );
  const proxyUrl = stringOption(args, 'proxy');
  if (proxyUrl !== undefined) checkedUrl(proxyUrl, '--proxy', 'proxy');
  const proxy: ProxyChoice = proxyUrl
    ? { kind: 'url', url: proxyUrl, noProxy: ctx.env.NO_PROXY ?? ctx.env.no_proxy ?? '' }
    : { kind: 'none' };
  return {
    url,
    credentials: await credentials(args, ctx),
    trust: { extraCaPem, useOsTrustStore: false },
    proxy,
    fetchCsrfToken,
    timeoutMs: seconds * 1000,
  };
}

/** Where a saved connection's key pair, password and proxy come from on the command line. */
export function cliConnectionSources(ctx: CliContext, connection: Connection): ConnectionSources {
  const keyPairs = keyPairService(ctx);
  const vault = new Vault(ctx.keychain(), ctx.dataFolder);
  return {
    getConnection: (id) => (id === connection.id ? connection : null),
    tlsMaterial: (id) => keyPairs.tlsMaterial(id),
    keyPairName: (id) => keyPairs.find(id)?.name ?? null,
    secretText: (id) => vault.getText(id),
    // No desktop here to ask for the system proxy: HTTPS_PROXY, as command-line tools do.
    resolveSystemProxy: () => {
      const p = ctx.env.HTTPS_PROXY ?? ctx.env.https_proxy;
      return Promise.resolve(p ? `PROXY ${checkedUrl(p, 'HTTPS_PROXY', 'proxy').host}` : 'DIRECT');
    },
  };
}

/** A saved connection by name or id (a usage error when there is none). */
export function savedConnection(name: string, ctx: CliContext): Connection {
  const connection = new ConnectionStore(ctx.store().store).find(name);
  if (!connection) throw usageError('usage.noConnection', { name });
  return connection;
}

/** A saved connection (by name or id), its key pair or password read from the vault. */
async function savedTarget(name: string, ctx: CliContext): Promise<TenantTarget> {
  const connection = savedConnection(name, ctx);
  return targetOf(cliConnectionSources(ctx, connection), connection);
}

/** --connection NAME, or --url with its options; `--csrf` only where the command offers it. */
export async function resolveTarget(args: ParsedArgs, ctx: CliContext): Promise<TenantTarget> {
  const name = stringOption(args, 'connection');
  if (name === undefined) return targetFromUrl(args, ctx, args.values.csrf === true);
  if (stringOption(args, 'url') !== undefined) throw usageError('usage.connectionOrUrl');
  return savedTarget(name, ctx);
}
