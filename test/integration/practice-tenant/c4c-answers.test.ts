/**
 * The practice tenant answers like C4C and the CLI says so in the chosen language: the
 * HTTP 500 of a technical user's CSRF fetch, its words in the sap-message header (SAP/cloud-sdk-js#1185), from a
 * real TLS server on loopback, the hand-over printed exactly as the panel's builder makes it, and
 * `query --search` sending the term unquoted.
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPracticeTenant, type PracticeTenant } from '../../../electron/core/practice-tenant/index';
import { notAssignedMessage, QUIRK_MESSAGE } from '../../../electron/core/practice-tenant/server';
import type { ServiceTestResult } from '../../../shared/domain/diagnosis';
import { buildHandover } from '../../../shared/odata/handover';
import { parseUrl } from '../../../shared/odata/query-reader';
import { bundleForTest } from '../../support/bundle';

const run = promisify(execFile);

describe('C4C-shaped answers through the CLI, in German and English', () => {
  let tenant: PracticeTenant;
  let cli: string;
  const env = () => ({ ...process.env, P12_PW: tenant.p12Password, LANG: 'en_US.UTF-8' });
  const c4c = async (args: string[]) => {
    try {
      const r = await run(process.execPath, [cli, ...args], { env: env() });
      return { code: 0, stdout: r.stdout };
    } catch (error) {
      const e = error as { code: number; stdout: string };
      return { code: e.code, stdout: e.stdout };
    }
  };
  const auth = () => ['--p12', tenant.p12Path, '--password-env', 'P12_PW', '--ca', tenant.caPath];

  beforeAll(async () => {
    tenant = await startPracticeTenant();
    cli = bundleForTest('electron/cli/index.ts', { __APP_VERSION__: '"0.0.0-test"' });
  });
  afterAll(async () => {
    await tenant.stop();
    await rm(cli, { force: true });
  });

  it('diagnoses the CSRF trap answered as HTTP 500 in the sap-message header, with C4C’s code and message, in German', async () => {
    const r = await c4c([
      'test',
      '--url',
      tenant.quirk500ServiceUrl,
      ...auth(),
      '--csrf',
      '--lang',
      'de',
      '--json',
    ]);
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout) as [ServiceTestResult];
    expect(result.http?.status).toBe(500);
    expect(result.diagnosis.code).toBe('INCONSISTENT_AUTHORIZATION');
    const message = notAssignedMessage('businesspartnerrelationship');
    expect(result.diagnosis.c4c).toEqual({ code: 'CM_DS_APPL_ERROR:048', message, lang: null });
    expect(result.diagnosis.title).toMatch(/^C4C hat die Anfrage abgelehnt/);
    expect(result.diagnosis.advice[0]).toBe(
      `C4C hat mit HTTP 500 geantwortet: CM_DS_APPL_ERROR:048 ${message}`,
    );
    expect(result.diagnosis.advice[1]).toMatch(/^C4C hat diese Antwort mit HTTP 500 geschickt/);
    expect(result.diagnosis.advice.join(' ')).toContain('Schalten Sie „CSRF-Token abrufen“');
  });

  it('diagnoses the same quirk as 403 on accounthierarchylist, in English by --lang en', async () => {
    const r = await c4c([
      'test',
      '--url',
      tenant.quirkServiceUrl,
      ...auth(),
      '--csrf',
      '--lang',
      'en',
      '--json',
    ]);
    const [result] = JSON.parse(r.stdout) as [ServiceTestResult];
    expect(result.http?.status).toBe(403);
    expect(result.diagnosis.code).toBe('INCONSISTENT_AUTHORIZATION');
    expect(result.diagnosis.advice[0]).toBe(`C4C answered HTTP 403: FORBIDDEN ${QUIRK_MESSAGE}`);
    // Without the CSRF fetch the same service works.
    const plain = await c4c(['test', '--url', tenant.quirkServiceUrl, ...auth(), '--json']);
    expect(plain.code).toBe(0);
  });

  it('prints the hand-over exactly as the shared builder makes it for the panel, with the notes', async () => {
    const query = 'ServiceRequestCollection?$select=ID,Name&$top=5&$format=json&$inlinecount=allpages';
    const args = [
      'handover',
      '--url',
      tenant.serviceUrl,
      '--keypair',
      'Übungs Key',
      '--query',
      query,
      '--name',
      'Übungs-Tenant',
    ];
    const expected = buildHandover(
      {
        connectionName: 'Übungs-Tenant',
        serviceRoot: tenant.serviceUrl,
        systemId: '',
        technicalUser: '',
        auth: { method: 'client-certificate', keyPairName: 'Übungs Key' },
        fetchCsrfToken: false,
        query: parseUrl(query, tenant.serviceUrl),
      },
      'de',
    );
    const text = await c4c([...args, '--lang', 'de']);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(`${expected.text.trimEnd()}\n`);
    expect(text.stdout).toContain('Weggelassen: $top=5, $inlinecount=allpages, $format=json.');
    expect(text.stdout).toContain('Übungs-Tenant.edmx');
    const json = JSON.parse((await c4c([...args, '--lang', 'de', '--json'])).stdout) as { fields: unknown[] };
    expect(json.fields).toEqual(expected.fields);
    const basic = await c4c([
      'handover',
      '--url',
      tenant.serviceUrl,
      '--user',
      '_CPI_TEST',
      '--csrf',
      '--lang',
      'en',
    ]);
    expect(basic.stdout).toContain('Credential Name');
    expect(basic.stdout).toContain('Keep it ticked');
    expect((await c4c(['handover', '--url', tenant.serviceUrl, '--lang', 'fr'])).code).toBe(2);
    expect((await c4c(['handover', '--url', tenant.serviceUrl])).code).toBe(2);
  });

  it('query --search sends the term unquoted, and --json carries the URL it called', async () => {
    const r = await c4c([
      'query',
      '--url',
      tenant.serviceUrl,
      ...auth(),
      '--entity-set',
      'ServiceRequestCollection',
      '--search',
      'Service request',
      '--top',
      '2',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { url: string; rowCount: number };
    expect(json.url).toContain('$search=Service%20request');
    expect(json.url).not.toContain('%27');
    expect(json.rowCount).toBe(2);
  });
});
