/** The metadata, query and edmx commands, run in-process against CAP through nginx with mTLS. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCliContext } from '../../../electron/cli/context';
import { runCli } from '../../../electron/cli/main';
import { startNginxWithCap, type NginxWithCap } from '../../servers/index';

let servers: NginxWithCap;
let dir: string;

beforeAll(async () => {
  servers = await startNginxWithCap();
  dir = await mkdtemp(join(tmpdir(), 'c4c-odata-cli-'));
});
afterAll(async () => {
  await servers.stop();
});

async function cli(argv: string[]): Promise<{ code: number; json: Record<string, unknown> }> {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    const ctx = createCliContext({
      ...process.env,
      C4C_CONNECT_DATA_DIR: dir,
      P12_PW: servers.pki.client.password,
    });
    const code = await runCli(argv, ctx);
    return { code, json: JSON.parse(written.join('')) as Record<string, unknown> };
  } finally {
    spy.mockRestore();
  }
}

const auth = () => [
  '--url',
  servers.mtlsUrl,
  '--p12',
  servers.pki.client.p12Path,
  '--password-env',
  'P12_PW',
  '--ca',
  servers.pki.server.caPath,
];

describe('c4c-connect metadata, query and edmx summary', () => {
  it('metadata --out saves the .edmx and prints the issue’s JSON shape', async () => {
    const file = join(dir, 'c4c.edmx');
    const { code, json } = await cli(['metadata', ...auth(), '--out', file, '--json']);
    expect(code).toBe(0);
    expect(Object.keys(json).sort()).toEqual(['bytes', 'entitySets', 'entityTypes', 'file', 'ms', 'ok']);
    expect(json).toMatchObject({ ok: true, file });
    expect(json.entitySets).toBeGreaterThanOrEqual(2);
    expect((await readFile(file, 'utf8')).length).toBe(json.bytes);

    const summary = await cli(['edmx', 'summary', file, '--json']);
    expect(summary.code).toBe(0);
    expect(Object.keys(summary.json).sort()).toEqual([
      'associations',
      'entitySets',
      'entityTypes',
      'functionImports',
      'ms',
      'navigationProperties',
      'ok',
      'properties',
    ]);
    expect(summary.json.entitySets).toBe(json.entitySets);
  });

  it('query reads rows with select, filter, orderby, top and count', async () => {
    const { code, json } = await cli([
      'query',
      ...auth(),
      '--entity-set',
      'CorporateAccountCollection',
      '--select',
      'AccountID,Name',
      '--filter',
      "startswith(Name,'Account 1')",
      '--orderby',
      'Name desc',
      '--top',
      '3',
      '--count',
      '--json',
    ]);
    expect(code).toBe(0);
    expect(json.ok).toBe(true);
    const rows = json.rows as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(3);
    expect(typeof json.count).toBe('number');
    expect(json.url).toContain('$orderby=Name%20desc');
  });

  it('edmx summary exits 2 with a coded error for a hostile or foreign file', async () => {
    const bomb = join(dir, 'bomb.xml');
    await writeFile(bomb, '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "c">]><a>&b;</a>');
    const r = await cli(['edmx', 'summary', bomb, '--json']);
    expect(r.code).toBe(2);
    expect(r.json).toMatchObject({ ok: false, error: { code: 'INVALID_METADATA' } });
    const small = fileURLToPath(new URL('../../fixtures/edmx/c4codataapi-small.xml', import.meta.url));
    const ok = await cli(['edmx', 'summary', small, '--json']);
    expect(ok.json).toMatchObject({ ok: true, entitySets: 6, properties: 72 });
  });

  it('query without --entity-set is bad input (exit 2)', async () => {
    const r = await cli(['query', ...auth(), '--json']);
    expect(r.code).toBe(2);
    expect(r.json).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });
});
