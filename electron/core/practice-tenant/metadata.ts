/**
 * `$metadata` shaped like C4C's: EDMX 1.0, DataServiceVersion 2.0, namespace c4codata, sap: and
 * c4c: annotations, associations and association sets, one default entity container.
 */
import type { EntitySetDef, ServiceDef } from './model';

export const xmlEscape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const associationName = (set: EntitySetDef, navigation: string) => `${set.typeName}_${navigation}`;

function typeOf(service: ServiceDef, setName: string): EntitySetDef {
  const found = service.entitySets.find((s) => s.name === setName);
  if (!found) throw new Error(`Practice tenant model: no entity set ${setName}.`);
  return found;
}

export function metadataXml(service: ServiceDef): string {
  const ns = service.namespace;
  const out: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<edmx:Edmx Version="1.0" xmlns:edmx="http://schemas.microsoft.com/ado/2007/06/edmx" xmlns:m="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata" xmlns:sap="http://www.sap.com/Protocols/SAPData" xmlns:c4c="http://www.sap.com/Protocols/C4CData">',
    ' <edmx:DataServices m:DataServiceVersion="2.0">',
    `  <Schema Namespace="${ns}" xml:lang="en" xmlns="http://schemas.microsoft.com/ado/2008/09/edm">`,
  ];
  for (const set of service.entitySets) {
    out.push(`   <EntityType Name="${set.typeName}" sap:label="${xmlEscape(set.label)}">`);
    out.push('    <Key><PropertyRef Name="ObjectID"/></Key>');
    for (const p of set.properties) {
      const facets =
        p.type === 'Edm.String' && p.maxLength
          ? ` MaxLength="${p.maxLength}"`
          : p.type === 'Edm.Decimal'
            ? ' Precision="28" Scale="6"'
            : p.type === 'Edm.DateTimeOffset'
              ? ' Precision="7"'
              : '';
      const key = p.name === 'ObjectID';
      out.push(
        `    <Property Name="${p.name}" Type="${p.type}" Nullable="${key ? 'false' : 'true'}"${facets}${key ? ' FixedLength="true"' : ''} sap:creatable="${key ? 'false' : 'true'}" sap:updatable="${key ? 'false' : 'true'}" sap:filterable="${p.filterable ? 'true' : 'false'}" sap:label="${xmlEscape(p.label)}"${p.name.endsWith('Code') ? ` c4c:value-help="${set.typeName}${p.name}Collection"` : ''}/>`,
      );
    }
    for (const n of set.navigations) {
      const target = typeOf(service, n.target);
      out.push(
        `    <NavigationProperty Name="${n.name}" Relationship="${ns}.${associationName(set, n.name)}" FromRole="${set.typeName}" ToRole="${target.typeName}"/>`,
      );
    }
    out.push('   </EntityType>');
  }
  for (const set of service.entitySets) {
    for (const n of set.navigations) {
      const target = typeOf(service, n.target);
      out.push(
        `   <Association Name="${associationName(set, n.name)}"><End Type="${ns}.${set.typeName}" Multiplicity="1" Role="${set.typeName}"/><End Type="${ns}.${target.typeName}" Multiplicity="${n.many ? '*' : '0..1'}" Role="${target.typeName}"/></Association>`,
      );
    }
  }
  out.push(`   <EntityContainer Name="${service.containerName}" m:IsDefaultEntityContainer="true">`);
  for (const set of service.entitySets) {
    out.push(
      `    <EntitySet Name="${set.name}" EntityType="${ns}.${set.typeName}" sap:creatable="true" sap:updatable="true" sap:deletable="true" sap:label="${xmlEscape(set.label)}"/>`,
    );
  }
  for (const set of service.entitySets) {
    for (const n of set.navigations) {
      const target = typeOf(service, n.target);
      const name = associationName(set, n.name);
      out.push(
        `    <AssociationSet Name="${name}" Association="${ns}.${name}" sap:creatable="false" sap:updatable="false" sap:deletable="false"><End EntitySet="${set.name}" Role="${set.typeName}"/><End EntitySet="${n.target}" Role="${target.typeName}"/></AssociationSet>`,
      );
    }
  }
  out.push('   </EntityContainer>', '  </Schema>', ' </edmx:DataServices>', '</edmx:Edmx>');
  return out.join('\n') + '\n';
}
