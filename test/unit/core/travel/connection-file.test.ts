import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Connection } from '../../../../shared/domain/connection';
import { CodedError } from '../../../../shared/result';
import {
  FILE_FORMAT,
  FILE_VERSION,
  fromTravel,
  readConnectionFile,
  trustOf,
  uniqueName,
  writeConnectionFile,
} from '../../../../electron/core/travel/index';
import { fixturePath } from '../../../servers/paths';

const base: Connection = {
  id: 'c1',
  name: 'Contact sync',
  environment: 'production',
  tenantHost: 'my123456.crm.ondemand.com',
  system: { systemId: 'CPI_PRD', hostName: 'cpi.example.com', doneInC4c: true },
  arrangement: {
    scenario: 'OData Services for Business Objects',
    services: [{ name: 'c4codataapi', path: '/sap/c4c/odata/v1/c4codataapi/' }],
    technicalUser: '_CPI_PRD0001',
    doneInC4c: true,
  },
  auth: { method: 'client-certificate', keyPairId: 'kp-secret-id-1' },
  proxy: {
    mode: 'manual',
    url: 'http://proxy:3128',
    user: 'me',
    passwordSecretId: 'proxy-secret-9',
    noProxy: '',
  },
  trust: { extraCaPem: [], useOsTrustStore: false },
  fetchCsrfToken: false,
  timeoutSeconds: 20,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};
const basic: Connection = {
  ...base,
  id: 'c2',
  name: 'Password user',
  auth: { method: 'basic', user: '_CPI_PRD0001', passwordSecretId: 'password-c2' },
  proxy: { mode: 'system' },
};

const names = (id: string) => (id === 'kp-secret-id-1' ? 'CPI production' : null);

describe('connections file', () => {
  it('holds no vault id or secret reference, and names the key pair instead', () => {
    const text = writeConnectionFile([base, basic], names, '1.2.3', new Date('2025-06-01T00:00:00Z'));
    for (const hidden of ['kp-secret-id-1', 'proxy-secret-9', 'password-c2', 'passwordSecretId', 'keyPairId'])
      expect(text).not.toContain(hidden);
    const file = readConnectionFile(text);
    expect(file).toMatchObject({
      format: FILE_FORMAT,
      version: FILE_VERSION,
      exportedBy: 'C4C Connect 1.2.3',
    });
    expect(file.connections[0]?.auth).toEqual({
      method: 'client-certificate',
      keyPairName: 'CPI production',
    });
    expect(file.connections[1]?.auth).toEqual({ method: 'basic', user: '_CPI_PRD0001' });
  });

  it('round trip: an imported connection is the same connection, asking for its secrets again', () => {
    const file = readConnectionFile(writeConnectionFile([base, basic], names, '1'));
    const now = new Date('2025-07-01T00:00:00Z');
    const ids = { newId: () => 'new', now };
    const [cert, pw] = file.connections.map((t) => fromTravel(t, ids));
    expect(cert).toEqual({
      ...base,
      id: 'new',
      auth: { method: 'client-certificate', keyPairId: null },
      proxy: { ...base.proxy, passwordSecretId: null },
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    expect(pw?.auth).toEqual({ method: 'basic', user: '_CPI_PRD0001', passwordSecretId: null });
  });

  it('links no key pair by the name a file gives (issue 9): the user picks it after import', () => {
    const [t] = readConnectionFile(writeConnectionFile([base], names, '1')).connections;
    expect(t?.auth).toEqual({ method: 'client-certificate', keyPairName: 'CPI production' });
    const c = fromTravel(t!, { newId: () => 'n', now: new Date() });
    expect(c.auth).toEqual({ method: 'client-certificate', keyPairId: null });
  });

  it('refuses a name that is not valid Unicode (a lone surrogate)', () => {
    const text = writeConnectionFile([{ ...base, name: 'ok' }], names, '1').replace(
      '"ok"',
      '"bad \\ud800 name"',
    );
    expect(() => readConnectionFile(text)).toThrow(expect.objectContaining({ code: 'INVALID_EXPORT_FILE' }));
  });

  it('tells what the file would trust: hosts and its extra CA certificates, by subject and fingerprint', () => {
    const pem = readFileSync(fixturePath('pki/server-root.crt'), 'utf8');
    const file = readConnectionFile(
      writeConnectionFile(
        [{ ...base, trust: { extraCaPem: [pem], useOsTrustStore: false } }, basic],
        names,
        '1',
      ),
    );
    const trust = trustOf(file);
    expect(trust.hosts).toEqual(expect.arrayContaining([base.tenantHost, basic.tenantHost]));
    expect(trust.certificates).toHaveLength(1);
    expect(trust.certificates[0]?.subject).toContain('Fixture Server Root CA');
    expect(trust.certificates[0]?.fingerprint).toMatch(/^[0-9A-F:]{95}$/);
    const broken = writeConnectionFile(
      [
        {
          ...base,
          trust: {
            extraCaPem: ['-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----'],
            useOsTrustStore: false,
          },
        },
      ],
      names,
      '1',
    );
    expect(() => trustOf(readConnectionFile(broken))).toThrow(
      expect.objectContaining({ code: 'INVALID_EXPORT_FILE' }),
    );
  });

  it.each([
    ['not JSON', 'hello'],
    ['an empty file', ''],
    ['another JSON file', '{"name":"package","version":"1.0.0"}'],
    [
      'no connections',
      JSON.stringify({ format: FILE_FORMAT, version: 1, exportedAt: 'x', exportedBy: 'y', connections: [] }),
    ],
    [
      'a smuggled password field',
      JSON.stringify({
        format: FILE_FORMAT,
        version: 1,
        exportedAt: 'x',
        exportedBy: 'y',
        connections: [
          { ...readConnectionFile(writeConnectionFile([basic], names, '1')).connections[0], password: 'x' },
        ],
      }),
    ],
  ])('%s gives INVALID_EXPORT_FILE with a plain sentence', (_name, text) => {
    expect(() => readConnectionFile(text)).toThrow(CodedError);
    try {
      readConnectionFile(text);
    } catch (error) {
      expect((error as CodedError).code).toBe('INVALID_EXPORT_FILE');
      expect((error as CodedError).message).toMatch(/Nothing was imported/);
    }
  });

  it('a newer version gives UNSUPPORTED_VERSION and says to update', () => {
    const text = writeConnectionFile([base], names, '1').replace('"version": 1', '"version": 2');
    try {
      readConnectionFile(text);
      expect.unreachable();
    } catch (error) {
      expect((error as CodedError).code).toBe('UNSUPPORTED_VERSION');
      expect((error as CodedError).message).toMatch(/version 2.*update C4C Connect/);
    }
  });

  it('unique names: taken ones get a number, regardless of case', () => {
    expect(uniqueName('A', new Set(['b']))).toBe('A');
    expect(uniqueName('A', new Set(['a']))).toBe('A (2)');
    expect(uniqueName('A (2)', new Set(['a (2)', 'a (3)']))).toBe('A (4)');
  });
});
