/**
 * Issue 9, defect 4: odd command lines. Each row runs the real CLI (bundled from the sources) in
 * its own process and must end with exit 2 and one coded line: no stack frame, no hang, and never
 * the secret it was given.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionStore } from '../../../electron/core/connections/index';
import { openDataStore } from '../../../electron/core/store/open-store';
import { emptyDraft } from '../../../shared/wizard/wizard-model';
import { bundleForTest } from '../../support/bundle';

const SECRET = 'S3cr3tPass';
const SERVICE = 'https://my123456.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi/';
// Made at load time: the rows below name files in it.
const dir = mkdtempSync(join(tmpdir(), 'cli-hostile-'));
let cliFile: string;

interface Row {
  args: string[];
  env?: Record<string, string>;
  exit?: number;
}

interface Ran {
  exit: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function run(row: Row): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliFile, ...row.args], {
      env: { PATH: process.env.PATH ?? '', C4C_CONNECT_DATA_DIR: join(dir, 'data'), ...row.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, 15_000);
    child.on('close', (exit) => {
      clearTimeout(timer);
      resolve({ exit, stdout, stderr, timedOut });
    });
  });
}

const p = (name: string) => join(dir, name);
const withUrl = (...more: string[]) => ['test', '--url', SERVICE, ...more];

const rows: Row[] = [
  // Arguments echoed back (a key pair name, a --lang value): no ESC sequence, no password.
  { args: ['keypair', 'show', `x\u001b[2J\rhttps://u:${SECRET}@h.example/`], exit: 1 },
  { args: ['keypair', 'delete', `x\u202ehttps://u:${SECRET}@h.example/\n`], exit: 1 },
  { args: ['--lang', `x\u001b[31mhttps://u:${SECRET}@h.example/`, 'doctor'] },
  // --url: user info, line breaks, fragments, schemes, garbage
  {
    args: ['test', '--url', `https://user:${SECRET}@my123456.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi/`],
  },
  { args: ['test', '--json', '--url', `https://user:${SECRET}@my123456.crm.ondemand.com/`] },
  { args: ['test', '--url', `https://:${SECRET}@my123456.crm.ondemand.com/`] },
  { args: ['test', '--url', `https://${SECRET}@my123456.crm.ondemand.com/`] },
  { args: ['test', '--url', 'https://my123456.crm.ondemand.com/\r\nX-Injected: 1'] },
  { args: ['test', '--url', 'https://my123456.crm.ondemand.com/path\n'] },
  { args: ['test', '--url', 'https://my123456.crm.ondemand.com/\tx'] },
  { args: ['test', '--url', 'https://my123456.crm.ondemand.com/#top'] },
  { args: ['test', '--url', `https://my123456.crm.ondemand.com/?password=${SECRET}#x`] },
  { args: ['test', '--url', 'http://my123456.crm.ondemand.com/'] },
  { args: ['test', '--url', 'ftp://my123456.crm.ondemand.com/'] },
  { args: ['test', '--url', 'not a url'] },
  { args: ['test', '--url', ''] },
  { args: ['test', '--url', 'https://[::1'] },
  { args: ['test', '--url', 'javascript:alert(1)'] },
  { args: ['metadata', '--url', `https://user:${SECRET}@my123456.crm.ondemand.com/`] },
  { args: ['query', '--url', `https://user:${SECRET}@my123456.crm.ondemand.com/`, '--entity-set', 'X'] },
  { args: ['metadata', '--json', '--url', 'https://my123456.crm.ondemand.com/#x'] },
  // --proxy
  { args: withUrl('--proxy', `http://u:${SECRET}@proxy.example.test:8080`) },
  { args: withUrl('--json', '--proxy', `https://u:${SECRET}@proxy.example.test/`) },
  { args: withUrl('--proxy', 'http://[::1') },
  { args: withUrl('--proxy', 'socks5://proxy.example.test:1080') },
  { args: withUrl('--proxy', 'ftp://proxy.example.test') },
  { args: withUrl('--proxy', 'not a url') },
  { args: withUrl('--proxy', 'http://proxy.example.test\r\n:8080') },
  { args: withUrl('--proxy', 'http://proxy.example.test:8080/#x') },
  { args: withUrl('--proxy', 'file:///etc/passwd') },
  { args: withUrl('--proxy', 'javascript:alert(1)') },
  // HTTPS_PROXY with a saved connection that uses the system proxy
  { args: ['test', '--connection', 'Saved'], env: { HTTPS_PROXY: 'not a url' } },
  { args: ['test', '--connection', 'Saved'], env: { HTTPS_PROXY: `http://u:${SECRET}@p.example.test:8080` } },
  { args: ['test', '--connection', 'Saved'], env: { https_proxy: 'socks5://p.example.test:1' } },
  { args: ['test', '--connection', 'Saved'], env: { HTTPS_PROXY: 'http://[::1' } },
  { args: ['test', '--json', '--connection', 'Saved'], env: { HTTPS_PROXY: 'http://p.example.test\n' } },
  { args: ['test', '--connection', 'No such connection'] },
  // files that are not files
  { args: withUrl('--p12', p('a-directory'), '--password-env', 'PW'), env: { PW: 'x' } },
  { args: withUrl('--p12', p('a-fifo'), '--password-env', 'PW'), env: { PW: 'x' } },
  { args: withUrl('--p12', p('missing.p12'), '--password-env', 'PW'), env: { PW: 'x' } },
  { args: withUrl('--p12', p('big.bin'), '--password-env', 'PW'), env: { PW: 'x' } },
  { args: withUrl('--p12', p('text.p12'), '--password-env', 'PW'), env: { PW: 'x' } },
  { args: withUrl('--ca', p('a-directory')) },
  { args: withUrl('--ca', p('a-fifo')) },
  { args: withUrl('--ca', p('missing.pem')) },
  { args: ['keypair', 'import', p('a-directory'), '--name', 'x', '--password-env', 'PW'], env: { PW: 'x' } },
  { args: ['keypair', 'import', p('a-fifo'), '--name', 'x', '--password-env', 'PW'], env: { PW: 'x' } },
  { args: ['keypair', 'import', p('missing.p12'), '--name', 'x', '--password-env', 'PW'], env: { PW: 'x' } },
  { args: ['keypair', 'import', p('big.bin'), '--name', 'x', '--password-env', 'PW'], env: { PW: 'x' } },
  { args: ['keypair', 'import', p('text.p12'), '--name', 'x', '--password-env', 'NOT_SET'] },
  { args: ['edmx', 'summary', p('a-directory')] },
  { args: ['edmx', 'summary', p('a-fifo')] },
  { args: ['edmx', 'summary', p('missing.xml')] },
  { args: ['edmx', 'summary'] },
  { args: ['edmx', 'summary', 'a', 'b'] },
  { args: ['inspect', p('a-directory')] },
  { args: ['inspect', p('a-fifo')] },
  { args: ['inspect', p('missing.p12')] },
  // numbers
  { args: ['practice-tenant', '--port', '70000'] },
  { args: ['practice-tenant', '--port', '0'] },
  { args: ['practice-tenant', '--port', 'abc'] },
  { args: ['practice-tenant', '--port', '99999'] },
  { args: withUrl('--timeout', '0') },
  { args: withUrl('--timeout', 'abc') },
  { args: withUrl('--timeout', '301') },
  { args: withUrl('--timeout', 'NaN') },
  // arguments
  { args: ['frobnicate'] },
  { args: [`https://u:${SECRET}@example.test/`] },
  { args: ['--json', 'frobnicate'] },
  { args: ['test', '--bogus'] },
  { args: ['test'] },
  { args: ['test', '--connection', 'a', '--url', SERVICE] },
  { args: withUrl('--p12', 'a', '--user', 'b') },
  { args: withUrl('--user', 'u', '--password-env', 'NOT_SET') },
  { args: withUrl('--user', 'u') },
];

beforeAll(() => {
  mkdirSync(p('a-directory'));
  execFileSync('mkfifo', [p('a-fifo')]);
  writeFileSync(p('big.bin'), Buffer.alloc(2 * 1024 * 1024, 1));
  writeFileSync(p('text.p12'), 'this is not a key pair');
  const opened = openDataStore(join(dir, 'data'));
  new ConnectionStore(opened.store).save({
    ...emptyDraft(),
    name: 'Saved',
    tenantHost: 'my123456.crm.ondemand.com',
    proxy: { mode: 'system' },
  });
  cliFile = bundleForTest('electron/cli/index.ts', { __APP_VERSION__: '"test"' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI on hostile input', () => {
  it('has at least 60 rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
  });

  it(
    'answers every row with exit 2 and one coded line, no stack, no hang, no secret',
    { timeout: 240_000 },
    async () => {
      const problems: string[] = [];
      const queue = [...rows];
      const worker = async () => {
        for (let row = queue.shift(); row; row = queue.shift()) {
          const r = await run(row);
          const all = r.stdout + r.stderr;
          const name = JSON.stringify(row.args).slice(0, 140);
          const json = row.args.includes('--json');
          const lines = (json ? '' : r.stderr).split('\n').filter((l) => l.trim() !== '');
          if (r.timedOut) problems.push(`${name}: hung`);
          else if (r.exit !== (row.exit ?? 2))
            problems.push(`${name}: exit ${String(r.exit)}: ${all.slice(0, 200)}`);
          if (all.includes('    at ')) problems.push(`${name}: stack trace`);
          if (all.includes(SECRET)) problems.push(`${name}: echoed the secret`);
          if (['\u001b', '\r', '\u202e'].some((c) => all.includes(c)))
            problems.push(`${name}: echoed a control character`);
          if (json) {
            try {
              const parsed = JSON.parse(r.stdout) as { ok?: boolean; error?: { code?: string } };
              if (parsed.ok !== false || !/^[A-Z_]+$/.test(parsed.error?.code ?? ''))
                problems.push(`${name}: --json without an error code`);
            } catch {
              problems.push(`${name}: --json output is not JSON: ${r.stdout.slice(0, 100)}`);
            }
          } else if (lines.length !== 1 || !/^[A-Z_]+: \S/.test(lines[0] ?? '')) {
            problems.push(`${name}: not one coded line: ${JSON.stringify(r.stderr.slice(0, 300))}`);
          }
        }
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
      expect(problems).toEqual([]);
    },
  );
});
