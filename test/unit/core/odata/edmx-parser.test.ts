import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countModel } from '../../../../shared/domain/odata';
import { EdmxParser, parseEdmx } from '../../../../electron/core/odata/edmx-parser';

const fixture = (name: string) => fileURLToPath(new URL(`../../../fixtures/edmx/${name}`, import.meta.url));

describe('edmx parser on the C4C-shaped fixture', () => {
  const model = parseEdmx(readFileSync(fixture('c4codataapi-small.xml')));

  it('reads entity sets, types, associations and function imports', () => {
    expect(model.namespaces).toEqual(['c4codata']);
    expect(model.entityContainer).toBe('c4codataapi');
    expect(model.dataServiceVersion).toBe('2.0');
    const counts = countModel(model);
    expect(counts.entityTypes).toBe(6);
    expect(counts.entitySets).toBe(6);
    expect(counts.associations).toBe(12);
    expect(counts.functionImports).toBe(6);
    expect(counts.navigationProperties).toBe(12);
    expect(model.entitySets[0]).toEqual({
      name: 'CorporateAccountCollection',
      entityType: 'c4codata.CorporateAccount',
      label: null,
      creatable: true,
      updatable: true,
      deletable: false,
    });
  });

  it('reads keys and every property facet and SAP/C4C annotation', () => {
    const account = model.entityTypes.find((t) => t.name === 'CorporateAccount');
    expect(account?.qualifiedName).toBe('c4codata.CorporateAccount');
    expect(account?.label).toBe('Corporate Account');
    expect(account?.keys).toEqual(['ObjectID']);
    const byName = new Map(account?.properties.map((p) => [p.name, p]));
    expect(byName.get('ObjectID')).toMatchObject({
      type: 'Edm.String',
      nullable: false,
      maxLength: 70,
      creatable: false,
      updatable: false,
      filterable: true,
    });
    expect(byName.get('Field4')).toMatchObject({ type: 'Edm.Decimal', precision: 28, scale: 6 });
    // &amp; in the label is decoded once, not left as an entity.
    expect(byName.get('Field2')?.label).toBe('Field 2 & details');
    expect(byName.get('Status6Code')?.valueHelp).toBe('CorporateAccountStatus6CodeCollection');
    expect(byName.get('Field5')?.filterable).toBe(false);
    expect(account?.navigationProperties[0]).toEqual({
      name: 'Contact',
      relationship: 'c4codata.CorporateAccount_Contact',
      fromRole: 'CorporateAccount',
      toRole: 'Contact',
    });
  });

  it('reads function import parameters and the HTTP method', () => {
    expect(model.functionImports[0]).toMatchObject({
      name: 'CorporateAccountRelease',
      httpMethod: 'POST',
      entitySet: 'CorporateAccountCollection',
      parameters: [{ name: 'ObjectID', type: 'Edm.String', mode: 'In' }],
    });
  });

  it('gives the same model whatever the chunk boundaries, even inside a multi-byte character', () => {
    const text = readFileSync(fixture('c4codataapi-small.xml'), 'utf8').replace(
      'Corporate Account',
      'Firmenkunde Größe €',
    );
    const bytes = Buffer.from(text);
    const parser = new EdmxParser();
    for (let i = 0; i < bytes.length; i += 7) parser.write(bytes.subarray(i, i + 7));
    const chunked = parser.end();
    expect(chunked).toEqual(parseEdmx(text));
    expect(chunked.entityTypes[0]?.label).toBe('Firmenkunde Größe €');
  });

  it('uses the prefixes the document declares, not fixed ones', () => {
    const doc = `<?xml version="1.0"?><edmx:Edmx xmlns:edmx="http://schemas.microsoft.com/ado/2007/06/edmx" xmlns:s="http://www.sap.com/Protocols/SAPData"><edmx:DataServices><Schema Namespace="x" xmlns="http://schemas.microsoft.com/ado/2008/09/edm"><EntityType Name="A" s:label="Ay"><Key><PropertyRef Name="Id"/></Key><Property Name="Id" Type="Edm.Int64" s:filterable="false"/></EntityType><EntityContainer Name="C"><EntitySet Name="As" EntityType="x.A"/></EntityContainer></Schema></edmx:DataServices></edmx:Edmx>`;
    const m = parseEdmx(doc);
    expect(m.entityTypes[0]?.label).toBe('Ay');
    expect(m.entityTypes[0]?.properties[0]?.filterable).toBe(false);
  });
});

describe('edmx parser on generated large documents', () => {
  it('parses 800 types x 40 properties (about 7 MB)', () => {
    const script = fixture('make-c4c-like-edmx.mjs');
    const xml = execFileSync(process.execPath, [script, '800', '40'], { maxBuffer: 64 << 20 });
    expect(xml.byteLength).toBeGreaterThan(6_000_000);
    const counts = countModel(parseEdmx(xml));
    expect(counts).toEqual({
      entitySets: 800,
      entityTypes: 800,
      properties: 32_000,
      navigationProperties: 1_600,
      associations: 1_600,
      functionImports: 30,
    });
  });
});
