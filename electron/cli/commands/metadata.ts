/**
 * c4c-connect metadata: download `$metadata` with a saved connection or with --url and the same
 * authentication options as `c4c-connect test`, parse it, optionally save it as .edmx.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { ParseArgsConfig } from 'node:util';
import { Connection } from '../../../shared/domain/connection';
import { countModel } from '../../../shared/domain/odata';
import { CodedError } from '../../../shared/result';
import type { TenantTarget, TestCredentials } from '../../core/connection/index';
import { createTenantClient } from '../../core/connection/index';
import { serviceRootOf, targetOf } from '../../core/odata/connection-target';
import { downloadMetadata } from '../../core/odata/download';
import { parseEdmx } from '../../core/odata/edmx-parser';
import { httpGetFromTenantClient, type HttpGet } from '../../core/odata/http';
import { openPkcs12 } from '../../core/pkcs12/index';
import { Vault } from '../../core/vault/index';
import { parse, stringList, stringOption, type ParsedArgs } from '../args';
import type { Command } from '../command';
import type { CliContext } from '../context';
import { EXIT, UsageError } from '../io';
import { getPassword } from '../prompt-password';
import { keyPairService } from './keypair-common';

/** The connection options every OData command takes (the auth options are those of `test`). */
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

// Same rules as `c4c-connect test` (electron/cli/commands/test.ts); to be one import once it exports them.
async function credentials(args: ParsedArgs, ctx: CliContext): Promise<TestCredentials> {
  const p12 = stringOption(args, 'p12');
  const keypair = stringOption(args, 'keypair');
  const user = stringOption(args, 'user');
  if ([p12, keypair, user].filter((x) => x !== undefined).length > 1)
    throw new UsageError('Give only one of --p12, --keypair and --user.');
  const io = { env: ctx.env, stdin: ctx.stdin };
  const passwordEnv = stringOption(args, 'password-env');
  if (p12 !== undefined) {
    const bytes = await readFile(p12).catch(() => {
      throw new UsageError(`The key pair file ${p12} cannot be read.`);
    });
    const opened = await openPkcs12(bytes, await getPassword(passwordEnv, `Password of ${p12}: `, io));
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
    if (!found)
      throw new UsageError(
        `There is no key pair named "${keypair}". Run c4c-connect keypair list to see them.`,
      );
    const m = await service.tlsMaterial(found.id);
    return {
      kind: 'client-certificate',
      keyPem: m.keyPem,
      chainPem: m.chainPem.join('\n'),
      notAfter: m.notAfter,
    };
  }
  if (user !== undefined)
    return { kind: 'basic', user, password: await getPassword(passwordEnv, `Password of ${user}: `, io) };
  return { kind: 'none' };
}

function savedConnection(ctx: CliContext, name: string): Connection {
  const raw = ctx.store().store.get('connections');
  const list: unknown[] = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? Object.values(raw) : [];
  const wanted = name.trim().toLowerCase();
  for (const item of list) {
    const parsed = Connection.safeParse(item);
    if (parsed.success && (parsed.data.id === name || parsed.data.name.toLowerCase() === wanted))
      return parsed.data;
  }
  throw new UsageError(`There is no connection named "${name}".`);
}

/** The service root and a GET with the connection's credentials; close() when done. */
export async function openConnection(
  args: ParsedArgs,
  ctx: CliContext,
): Promise<{ root: string; get: HttpGet; close(): void }> {
  const name = stringOption(args, 'connection');
  let target: TenantTarget;
  if (name !== undefined) {
    if (stringOption(args, 'url') !== undefined)
      throw new UsageError('Give --connection or --url, not both.');
    const connection = savedConnection(ctx, name);
    const keyPairs = keyPairService(ctx);
    const vault = new Vault(ctx.keychain(), ctx.dataFolder);
    target = await targetOf(
      {
        getConnection: () => connection,
        tlsMaterial: (id) => keyPairs.tlsMaterial(id),
        keyPairName: (id) => keyPairs.find(id)?.name ?? null,
        secretText: (id) => vault.getText(id),
        // No desktop here to ask for the system proxy: HTTPS_PROXY, as command-line tools do.
        resolveSystemProxy: () => {
          const p = ctx.env.HTTPS_PROXY ?? ctx.env.https_proxy;
          return Promise.resolve(p ? `PROXY ${new URL(p).host}` : 'DIRECT');
        },
      },
      connection,
    );
    target.url = serviceRootOf(connection);
  } else {
    const url = stringOption(args, 'url');
    if (!url) throw new UsageError('--connection NAME or --url (the service root) is required.');
    if (!/^https:\/\//i.test(url)) throw new UsageError('--url must be an https:// address.');
    const timeout = stringOption(args, 'timeout');
    const seconds = timeout === undefined ? 20 : Number(timeout);
    if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 300)
      throw new UsageError('--timeout takes seconds between 1 and 300.');
    const extraCaPem = await Promise.all(
      stringList(args, 'ca').map((f) =>
        readFile(f, 'utf8').catch(() => {
          throw new UsageError(`The CA file ${f} cannot be read.`);
        }),
      ),
    );
    const proxy = stringOption(args, 'proxy');
    target = {
      url,
      credentials: await credentials(args, ctx),
      trust: { extraCaPem, useOsTrustStore: false },
      proxy: proxy ? { kind: 'url', url: proxy, noProxy: ctx.env.NO_PROXY ?? '' } : { kind: 'none' },
      fetchCsrfToken: false,
      timeoutMs: seconds * 1000,
    };
  }
  const client = createTenantClient(target);
  return { root: client.serviceRoot.href, get: httpGetFromTenantClient(client), close: () => client.close() };
}

export const metadata: Command = {
  name: 'metadata',
  summary: 'Download $metadata of a C4C OData service, check it and save it as .edmx',
  usage: `c4c-connect metadata ${CONNECTION_USAGE} [--entity-types A,B] [--language de] [--out FILE] [--json]`,
  async run(argv, { out, ctx }) {
    const args = parse(argv, {
      ...CONNECTION_OPTIONS,
      out: { type: 'string' },
      'entity-types': { type: 'string' },
      language: { type: 'string' },
    });
    const started = performance.now();
    const conn = await openConnection(args, ctx);
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once('SIGINT', onSigint);
    try {
      const types = stringOption(args, 'entity-types');
      const language = stringOption(args, 'language');
      const downloaded = await downloadMetadata(conn.get, {
        ...(types
          ? {
              entityTypes: types
                .split(',')
                .map((t) => t.trim())
                .filter(Boolean),
            }
          : {}),
        ...(language ? { language } : {}),
        signal: controller.signal,
      });
      const counts = countModel(parseEdmx(downloaded.bytes));
      const file = stringOption(args, 'out') ?? null;
      if (file) await writeFile(file, downloaded.bytes);
      const ms = Math.round(performance.now() - started);
      if (out.json)
        out.object({
          ok: true,
          bytes: downloaded.bytes.length,
          entitySets: counts.entitySets,
          entityTypes: counts.entityTypes,
          ms,
          file,
        });
      out.line(
        `${downloaded.bytes.length} bytes, ${counts.entitySets} entity sets, ${counts.entityTypes} entity types in ${ms} ms`,
      );
      if (file) out.line(`Saved to ${file}`);
      return EXIT.OK;
    } catch (error) {
      if (error instanceof CodedError) throw error;
      throw new CodedError('REQUEST_FAILED', error instanceof Error ? error.message : String(error));
    } finally {
      process.off('SIGINT', onSigint);
      conn.close();
    }
  },
};
