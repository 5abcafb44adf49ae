/**
 * c4c-connect test: the connection test from the command line, with the same stages and diagnosis
 * as the app. Exit 0 when the diagnosis is OK, 1 for any other diagnosis, 2 for bad input.
 */
import { readFile } from 'node:fs/promises';
import type { TestResult } from '../../../shared/domain/diagnosis';
import {
  runConnectionTest,
  type ProxyChoice,
  type TenantTarget,
  type TestCredentials,
} from '../../core/connection/index';
import { ConnectionStore } from '../../core/connections/index';
import { targetOf } from '../../core/odata/connection-target';
import { openPkcs12 } from '../../core/pkcs12/index';
import { Vault } from '../../core/vault/index';
import { parse, stringList, stringOption, type ParsedArgs } from '../args';
import type { Command } from '../command';
import type { CliContext } from '../context';
import { EXIT, UsageError, type Output } from '../io';
import { getPassword } from '../prompt-password';
import { keyPairService } from './keypair-common';

const USAGE =
  'c4c-connect test --url <service root URL> (--p12 FILE [--password-env VAR] | --keypair NAME | --user USER --password-env VAR) [--ca FILE]... [--csrf] [--proxy URL] [--timeout SECONDS] [--json]\n' +
  '       c4c-connect test --connection NAME [--json]';

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`The ${what} file ${path} cannot be read.`);
  }
}

async function credentials(args: ParsedArgs, ctx: CliContext): Promise<TestCredentials> {
  const p12 = stringOption(args, 'p12');
  const keypair = stringOption(args, 'keypair');
  const user = stringOption(args, 'user');
  const chosen = [p12, keypair, user].filter((x) => x !== undefined).length;
  if (chosen > 1) throw new UsageError('Give only one of --p12, --keypair and --user.');
  const passwordEnv = stringOption(args, 'password-env');
  const io = { env: ctx.env, stdin: ctx.stdin };
  if (p12 !== undefined) {
    let bytes: Buffer;
    try {
      bytes = await readFile(p12);
    } catch {
      throw new UsageError(`The key pair file ${p12} cannot be read.`);
    }
    const password = await getPassword(passwordEnv, `Password of ${p12}: `, io);
    const opened = await openPkcs12(bytes, password);
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
  if (user !== undefined) {
    return { kind: 'basic', user, password: await getPassword(passwordEnv, `Password of ${user}: `, io) };
  }
  return { kind: 'none' };
}

async function targetFromArgs(args: ParsedArgs, ctx: CliContext): Promise<TenantTarget> {
  const url = stringOption(args, 'url');
  if (!url) throw new UsageError('--url (the service root) or --connection is required.');
  try {
    if (new URL(url).protocol !== 'https:') throw new Error();
  } catch {
    throw new UsageError(
      `--url must be an https:// address, e.g. https://my123456.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi/`,
    );
  }
  const timeout = stringOption(args, 'timeout');
  const seconds = timeout === undefined ? 20 : Number(timeout);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 300)
    throw new UsageError('--timeout takes seconds between 1 and 300.');
  const extraCaPem = await Promise.all(stringList(args, 'ca').map((f) => readText(f, 'CA')));
  const proxyUrl = stringOption(args, 'proxy');
  const proxy: ProxyChoice = proxyUrl
    ? { kind: 'url', url: proxyUrl, noProxy: ctx.env.NO_PROXY ?? ctx.env.no_proxy ?? '' }
    : { kind: 'none' };
  return {
    url,
    credentials: await credentials(args, ctx),
    trust: { extraCaPem, useOsTrustStore: false },
    proxy,
    fetchCsrfToken: args.values.csrf === true,
    timeoutMs: seconds * 1000,
  };
}

/** A saved connection (by name or id), its key pair or password read from the vault. */
async function savedTarget(name: string, ctx: CliContext): Promise<TenantTarget> {
  const connection = new ConnectionStore(ctx.store().store).find(name);
  if (!connection) throw new UsageError(`There is no connection named "${name}".`);
  const keyPairs = keyPairService(ctx);
  const vault = new Vault(ctx.keychain(), ctx.dataFolder);
  return targetOf(
    {
      getConnection: () => connection,
      tlsMaterial: (id) => keyPairs.tlsMaterial(id),
      keyPairName: () => null,
      secretText: async (id) => (await vault.getSecret(id))?.toString('utf8') ?? null,
      // No Electron here: the system proxy is what the environment says.
      resolveSystemProxy: () =>
        Promise.resolve(
          (ctx.env.HTTPS_PROXY ?? ctx.env.https_proxy)
            ? `PROXY ${new URL(ctx.env.HTTPS_PROXY ?? ctx.env.https_proxy ?? '').host}`
            : 'DIRECT',
        ),
    },
    connection,
  );
}

function print(result: TestResult, out: Output): void {
  if (out.json) {
    out.object(result);
    return;
  }
  for (const s of result.stages) {
    out.line(`${s.ok ? 'ok  ' : 'FAIL'}  ${s.name.padEnd(5)}  ${s.ms.toFixed(1).padStart(8)} ms`);
  }
  if (result.tls) {
    out.line(
      `TLS     ${result.tls.protocol ?? '?'} ${result.tls.cipher ?? ''}; client certificate ${result.tls.clientCertificateSent ? 'sent' : 'not sent'}`,
    );
    if (result.tls.serverCertificate)
      out.line(
        `Server  ${result.tls.serverCertificate.subject} (issuer ${result.tls.serverCertificate.issuer})`,
      );
  }
  if (result.http) out.line(`HTTP    ${result.http.status}`);
  out.line('');
  out.line(`${result.diagnosis.code}: ${result.diagnosis.title}`);
  for (const a of result.diagnosis.advice) out.line(`  - ${a}`);
}

export const test: Command = {
  name: 'test',
  summary: 'Test a connection to a C4C OData service (mTLS or user/password) and say what is wrong',
  usage: USAGE,
  async run(argv, { out, ctx }) {
    const args = parse(argv, {
      url: { type: 'string' },
      p12: { type: 'string' },
      'password-env': { type: 'string' },
      keypair: { type: 'string' },
      user: { type: 'string' },
      ca: { type: 'string', multiple: true },
      csrf: { type: 'boolean' },
      proxy: { type: 'string' },
      timeout: { type: 'string' },
      connection: { type: 'string' },
    });
    const name = stringOption(args, 'connection');
    const target = name !== undefined ? await savedTarget(name, ctx) : await targetFromArgs(args, ctx);
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once('SIGINT', onSigint);
    try {
      const result = await runConnectionTest(target, { signal: controller.signal });
      print(result, out);
      return result.ok ? EXIT.OK : EXIT.CHECK_FAILED;
    } finally {
      process.off('SIGINT', onSigint);
    }
  },
};
