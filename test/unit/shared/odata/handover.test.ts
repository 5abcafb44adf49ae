import { describe, expect, it } from 'vitest';
import { adapterQueryOptions, aliasFor, buildHandover, fileNameFor } from '../../../../shared/odata/handover';
import { emptyQuery } from '../../../../shared/odata/query';

const base = {
  connectionName: 'Acme DEV',
  serviceRoot: 'https://my123.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi/',
  systemId: 'CPI_DEV',
  technicalUser: '_CPI_DEV1234',
  fetchCsrfToken: false,
};

const trial = {
  ...emptyQuery('CorporateAccountCollection'),
  select: ['ObjectID', 'Name'],
  filters: [{ property: 'Name', operator: 'startswith' as const, value: "O'N", join: 'and' as const }],
  top: 10,
  skip: 20,
  inlinecount: true,
  format: 'json' as const,
};

describe('hand-over to the OData receiver adapter', () => {
  it('uses the adapter’s own field names, one Private Key Alias row, and Page Size', () => {
    const h = buildHandover({
      ...base,
      auth: { method: 'client-certificate', keyPairName: 'CPI DEV Key 2025' },
      query: trial,
    });
    const byKey = Object.fromEntries(h.fields.map((f) => [f.key, f]));
    expect(h.fields.map((f) => f.label)).toEqual([
      'Address',
      'Proxy Type',
      'Authentication',
      'Private Key Alias',
      'CSRF Protected',
      'Resource Path',
      'Query Options',
      'Page Size',
      'EDMX file',
    ]);
    expect(byKey.address?.value).toBe('https://my123.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi');
    expect(byKey.authentication?.value).toBe('Client Certificate');
    expect(byKey.privateKeyAlias?.value).toBe('cpi_dev_key_2025');
    // Where to upload it, under the current menu path.
    expect(byKey.privateKeyAlias?.note).toContain(
      'Monitor > Integrations and APIs > Manage Security > Keystore',
    );
    expect(byKey.resourcePath?.value).toBe('CorporateAccountCollection');
    expect(byKey.pageSize?.value).toBe('');
    expect(byKey.pageSize?.note).toMatch(/Leave Page Size empty.*__next.*Process in Pages/);
    expect(h.text).toContain('Page Size          (leave empty)');
  });

  it('lists the arrangement’s other services with their own Address, in the panel and the text', () => {
    const single = buildHandover({ ...base, auth: { method: 'basic', user: '_U' }, query: null });
    expect(single.otherServices).toEqual([]);
    expect(single.text).not.toContain('other services');
    const h = buildHandover({
      ...base,
      auth: { method: 'basic', user: '_U' },
      query: null,
      otherServices: [
        {
          name: 'accounthierarchylist',
          serviceRoot: 'https://my123.crm.ondemand.com/sap/c4c/odata/cust/v1/accounthierarchylist/',
        },
      ],
    });
    expect(h.otherServices).toEqual([
      {
        name: 'accounthierarchylist',
        address: 'https://my123.crm.ondemand.com/sap/c4c/odata/cust/v1/accounthierarchylist',
      },
    ]);
    expect(h.text).toContain("The arrangement's other services: each needs its own OData receiver adapter");
    expect(h.text).toContain(
      'Address (accounthierarchylist)  https://my123.crm.ondemand.com/sap/c4c/odata/cust/v1/accounthierarchylist',
    );
    const de = buildHandover(
      {
        ...base,
        auth: { method: 'basic', user: '_U' },
        query: null,
        otherServices: [{ name: 'x', serviceRoot: 'https://h/x/' }],
      },
      'de',
    );
    expect(de.text).toContain('Die weiteren Services der Kommunikationsvereinbarung');
  });

  it('says "untick CSRF Protected" (ticked by default) unless the connection fetches a token', () => {
    const off = buildHandover({ ...base, auth: { method: 'basic', user: '_U' }, query: null });
    const csrf = off.fields.find((f) => f.key === 'csrfProtected');
    expect(csrf?.value).toBe('Off');
    expect(csrf?.note).toMatch(/^Ticked by default: untick CSRF Protected\./);
    const on = buildHandover({
      ...base,
      fetchCsrfToken: true,
      auth: { method: 'basic', user: '_U' },
      query: null,
    });
    expect(on.fields.find((f) => f.key === 'csrfProtected')?.note).toMatch(/Keep it ticked/);
  });

  it('leaves out $format, $inlinecount and the trial $top/$skip, with a note', () => {
    const h = buildHandover({
      ...base,
      auth: { method: 'client-certificate', keyPairName: 'k' },
      query: trial,
    });
    const options = h.fields.find((f) => f.key === 'queryOptions');
    expect(options?.value).toBe("$select=ObjectID,Name&$filter=startswith(Name,'O''N')");
    expect(options?.note).toContain('Left out: $top=10, $skip=20, $inlinecount=allpages, $format=json.');
    expect(h.notes).toHaveLength(1);
    expect(adapterQueryOptions({ ...emptyQuery('X'), search: 'Porter Co' })).toEqual({
      options: '$search=Porter Co',
      dropped: [],
    });
  });

  it('with a client certificate the .edmx must be a local file; with Basic, remote is possible', () => {
    const cert = buildHandover({
      ...base,
      auth: { method: 'client-certificate', keyPairName: 'k' },
      query: null,
    });
    expect(cert.fields.find((f) => f.key === 'edmx')?.note).toMatch(
      /Local EDMX File.*Basic authentication only/,
    );
    const basic = buildHandover({ ...base, auth: { method: 'basic', user: '_U' }, query: null });
    expect(basic.fields.find((f) => f.key === 'edmx')?.note).toMatch(/or Remote with the credential name/);
  });

  it('names a credential artifact for basic auth under Security Material, never a password', () => {
    const h = buildHandover({ ...base, auth: { method: 'basic', user: '_CPI_DEV1234' }, query: null });
    const labels = h.fields.map((f) => f.label);
    expect(labels).toContain('Credential Name');
    expect(labels).not.toContain('Private Key Alias');
    expect(h.fields.find((f) => f.key === 'credentialName')?.note).toContain(
      'Monitor > Integrations and APIs > Manage Security > Security Material > Add > User Credentials',
    );
    expect(h.text).not.toMatch(/password\s*[:=]/i);
  });

  it('speaks German with the same fields and values; file names keep the user’s letters', () => {
    const en = buildHandover({
      ...base,
      connectionName: 'Übungs-Tenant',
      auth: { method: 'client-certificate', keyPairName: 'k' },
      query: trial,
    });
    const de = buildHandover(
      {
        ...base,
        connectionName: 'Übungs-Tenant',
        auth: { method: 'client-certificate', keyPairName: 'k' },
        query: trial,
      },
      'de',
    );
    expect(de.fields.map((f) => [f.label, f.value])).toEqual(en.fields.map((f) => [f.label, f.value]));
    expect(de.fields.find((f) => f.key === 'edmx')?.value).toBe('Übungs-Tenant.edmx');
    expect(de.fields.find((f) => f.key === 'csrfProtected')?.note).toMatch(
      /^Standardmäßig angehakt: Entfernen Sie den Haken/,
    );
    expect(de.fields.find((f) => f.key === 'pageSize')?.note).toContain('serverseitiges Paging');
    expect(de.text).toContain('(leer lassen)');
    expect(de.text).toContain('für „Übungs-Tenant“');
  });

  it('makes file names every file system takes, and keystore aliases CPI accepts', () => {
    expect(fileNameFor('Übungs-Tenant', 'edmx')).toBe('Übungs-Tenant.edmx');
    expect(fileNameFor('a/b:c*?"<>|\\d\u0001', 'txt')).toBe('a_b_c_d_.txt');
    expect(fileNameFor('..', 'edmx')).toBe('c4c.edmx');
    // A right-to-left override would show "Tenant\u202Exmde.exe" as "Tenantexe.edmx" in the save
    // dialog; bidi controls, marks and zero-width no-break spaces become "_" like control characters.
    expect(fileNameFor('Tenant\u202Eexe.xml', 'edmx')).toBe('Tenant_exe.xml.edmx');
    expect(fileNameFor('A\u200fB\u2066C\u2069\ufeffD\u061cE\u200bF\u00adG', 'txt')).toBe('A_B_C_D_E_F_G.txt');
    // Joiners stay: emoji sequences and Persian names need them.
    expect(fileNameFor('Team \u{1F469}\u200d\u{1F4BB}', 'txt')).toBe('Team \u{1F469}\u200d\u{1F4BB}.txt');
    // Windows' device names are reserved with any extension ("NUL.txt" is NUL):
    // https://learn.microsoft.com/en-us/windows/win32/fileio/naming-a-file
    for (const device of ['CON', 'con', 'Nul', 'AUX', 'PRN', 'COM1', 'lpt9', 'COM\u00b9', 'CONIN$', 'CON ']) {
      expect(fileNameFor(device, 'json')).toBe(`_${device.trim()}.json`);
    }
    expect(fileNameFor('con.c4c-connections', 'json')).toBe('_con.c4c-connections.json');
    expect(fileNameFor('Console', 'json')).toBe('Console.json');
    expect(fileNameFor('COM10', 'json')).toBe('COM10.json');
    expect(aliasFor('  Müller Key (2025)! ')).toBe('m_ller_key_2025');
    expect(aliasFor('!!!')).toBe('c4c_key_pair');
  });

  it('keeps keystore aliases out of what Cloud Integration reserves or refuses', () => {
    // Aliases starting with "sap" are reserved for SAP; at most 250 characters:
    // https://github.com/SAP-docs/btp-integration-suite/blob/main/docs/ISuite/50-Development/changing-the-alias-of-a-keystore-entry-72b0f88.md
    expect(aliasFor('SAP Key')).toBe('c4c_sap_key');
    expect(aliasFor('sapphire')).toBe('c4c_sapphire');
    expect(aliasFor('_sap')).toBe('c4c_sap');
    expect(aliasFor('x'.repeat(300))).toHaveLength(250);
    expect(aliasFor(`sap${'x'.repeat(300)}`)).toHaveLength(250);
    // "true" and "false" are not supported as Private Key Alias (OData V2 receiver adapter):
    // https://github.com/SAP-docs/btp-integration-suite/blob/main/docs/ISuite/50-Development/configure-the-odata-v2-receiver-adapter-c5c2e38.md
    expect(aliasFor('True')).toBe('c4c_true');
    expect(aliasFor('false')).toBe('c4c_false');
    expect(aliasFor('truest')).toBe('truest');
  });
});

describe('fileNameFor and C4C certificate uploads', () => {
  // C4C's Edit Credentials > Certificate upload takes a .cer file whose name has one dot only:
  // https://userapps.support.sap.com/sap/support/knowledge/en/3141132
  it('gives a .cer file a name with one dot, the one before cer', () => {
    expect(fileNameFor('new.certificate.C4C', 'cer')).toBe('new_certificate_C4C.cer');
    expect(fileNameFor('Key 1.2', 'cer')).toBe('Key 1_2.cer');
    expect(fileNameFor('...', 'cer')).toBe('c4c.cer');
    // Other files keep the user's dots.
    expect(fileNameFor('Key 1.2', 'crt')).toBe('Key 1.2.crt');
  });
});

describe('fileNameFor, the one default file name (hand-over, report, key pair exports)', () => {
  it('replaces every control character, C1 too, and keeps at most 100 characters before the extension', () => {
    expect(fileNameFor('a\u0085b\u009fc', 'md')).toBe('a_b_c.md');
    expect(fileNameFor('Ü'.repeat(150), 'p12')).toBe(`${'Ü'.repeat(100)}.p12`);
    expect(fileNameFor('  ', 'csr')).toBe('c4c.csr');
  });
});
