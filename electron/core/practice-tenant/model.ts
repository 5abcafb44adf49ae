/**
 * The practice tenant's services: a slice of C4C's c4codataapi (accounts, contacts, opportunities;
 * service requests in ./more-services.ts) and the standard services that show the
 * Inconsistent-Authorization quirk (./more-services.ts).
 * Rows are deterministic, so screenshots and tests look the same every time.
 */

export type EdmType = 'Edm.String' | 'Edm.DateTimeOffset' | 'Edm.Decimal' | 'Edm.Boolean' | 'Edm.Int32';
export type Value = string | number | boolean | null;
export type Row = Record<string, Value>;

export interface PropertyDef {
  name: string;
  type: EdmType;
  maxLength?: number;
  label: string;
  filterable?: boolean;
}

export interface NavigationDef {
  name: string;
  /** Entity set the navigation leads to, and the properties that join them. */
  target: string;
  from: string;
  to: string;
  many: boolean;
}

export interface EntitySetDef {
  name: string;
  typeName: string;
  label: string;
  properties: PropertyDef[];
  navigations: NavigationDef[];
  rows: Row[];
}

export interface ServiceDef {
  /** Path under the tenant, with a trailing slash. */
  path: string;
  namespace: string;
  containerName: string;
  entitySets: EntitySetDef[];
}

export const s = (name: string, label: string, maxLength = 40): PropertyDef => ({
  name,
  type: 'Edm.String',
  maxLength,
  label,
  filterable: true,
});
export const t = (name: string, label: string): PropertyDef => ({ name, type: 'Edm.DateTimeOffset', label });
const objectId: PropertyDef = { ...s('ObjectID', 'Object ID', 70), filterable: true };

/** An entity set of type `typeName`; its key ObjectID comes first, as in every C4C collection. */
export const entitySet = (
  name: string,
  typeName: string,
  label: string,
  properties: PropertyDef[],
  rows: Row[],
  navigations: NavigationDef[] = [],
): EntitySetDef => ({ name, typeName, label, properties: [objectId, ...properties], navigations, rows });

/** A standard service under /sap/c4c/odata/v1/<name>/, in C4C's namespace "c4codata". */
export const standardService = (name: string, entitySets: EntitySetDef[]): ServiceDef => ({
  path: `/sap/c4c/odata/v1/${name}/`,
  namespace: 'c4codata',
  containerName: name,
  entitySets,
});

const cities: [string, string][] = [
  ['DE', 'Walldorf'],
  ['DE', 'Berlin'],
  ['US', 'Newtown Square'],
  ['FR', 'Paris'],
  ['GB', 'London'],
  ['IN', 'Bangalore'],
];
const firstNames = ['Anna', 'Ben', 'Chen', 'Dana', 'Emil', 'Fatima', 'Gita', 'Hugo', 'Ines', 'Jonas'];
const lastNames = ['Meyer', 'Schmidt', 'Garcia', 'Okafor', 'Nguyen', 'Rossi', 'Kowalski', 'Dubois'];
const phases = ['Z1', 'Z2', 'Z3', 'Z4'];
export const hex = (n: number) => n.toString(16).toUpperCase().padStart(32, '0');
export const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString();

export const ACCOUNT_COUNT = 300;

export function accounts(): Row[] {
  return Array.from({ length: ACCOUNT_COUNT }, (_, index) => {
    const i = index + 1;
    const [country, city] = cities[i % cities.length] ?? ['DE', 'Walldorf'];
    return {
      ObjectID: hex(0xa000 + i),
      AccountID: String(1_000_000 + i),
      Name: `Account ${i} ${city} GmbH`,
      RoleCode: i % 5 ? 'CRM000' : 'BUP002',
      LifeCycleStatusCode: i % 7 ? '2' : '3',
      CountryCode: country,
      City: city,
      Email: `info${i}@example.com`,
      CreatedOn: day(i),
      ChangedOn: day(i + 30),
    };
  });
}

function contacts(): Row[] {
  return Array.from({ length: ACCOUNT_COUNT * 2 }, (_, index) => {
    const n = index + 2;
    const first = firstNames[n % firstNames.length] ?? 'Anna';
    const last = lastNames[n % lastNames.length] ?? 'Meyer';
    return {
      ObjectID: hex(0xc000 + n),
      ContactID: String(2_000_000 + n),
      FirstName: first,
      LastName: last,
      Email: `${first}.${last}${n}@example.com`.toLowerCase(),
      AccountID: String(1_000_000 + Math.floor(n / 2)),
      CreatedOn: day(n),
    };
  });
}

function opportunities(): Row[] {
  return Array.from({ length: 250 }, (_, index) => {
    const i = index + 1;
    return {
      ObjectID: hex(0xe000 + i),
      OpportunityID: String(3_000 + i),
      Name: `Opportunity ${i}`,
      AccountID: String(1_000_000 + ((i * 7) % ACCOUNT_COUNT) + 1),
      SalesPhaseCode: phases[i % phases.length] ?? 'Z1',
      ExpectedRevenueAmount: ((i * 1_234.5) % 100_000).toFixed(2),
      ClosedFlag: i % 9 === 0,
      CreatedOn: day(i * 2),
    };
  });
}

export function c4cService(): ServiceDef {
  return standardService('c4codataapi', [
    entitySet(
      'CorporateAccountCollection',
      'CorporateAccount',
      'Corporate Account',
      [
        s('AccountID', 'Account ID', 10),
        s('Name', 'Name', 80),
        s('RoleCode', 'Role', 10),
        s('LifeCycleStatusCode', 'Status', 2),
        s('CountryCode', 'Country', 3),
        s('City', 'City', 40),
        s('Email', 'E-Mail', 255),
        t('CreatedOn', 'Created On'),
        t('ChangedOn', 'Changed On'),
      ],
      accounts(),
      [
        {
          name: 'CorporateAccountHasContactPerson',
          target: 'ContactCollection',
          from: 'AccountID',
          to: 'AccountID',
          many: true,
        },
      ],
    ),
    entitySet(
      'ContactCollection',
      'Contact',
      'Contact',
      [
        s('ContactID', 'Contact ID', 10),
        s('FirstName', 'First Name'),
        s('LastName', 'Last Name'),
        s('Email', 'E-Mail', 255),
        s('AccountID', 'Account ID', 10),
        t('CreatedOn', 'Created On'),
      ],
      contacts(),
      [
        {
          name: 'CorporateAccount',
          target: 'CorporateAccountCollection',
          from: 'AccountID',
          to: 'AccountID',
          many: false,
        },
      ],
    ),
    entitySet(
      'OpportunityCollection',
      'Opportunity',
      'Opportunity',
      [
        s('OpportunityID', 'Opportunity ID', 35),
        s('Name', 'Name', 255),
        s('AccountID', 'Account ID', 10),
        s('SalesPhaseCode', 'Sales Phase', 3),
        { name: 'ExpectedRevenueAmount', type: 'Edm.Decimal', label: 'Expected Value', filterable: true },
        { name: 'ClosedFlag', type: 'Edm.Boolean', label: 'Closed', filterable: true },
        t('CreatedOn', 'Created On'),
      ],
      opportunities(),
    ),
  ]);
}
