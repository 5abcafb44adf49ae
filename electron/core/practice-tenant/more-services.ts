/**
 * The practice tenant's services beyond the core of c4codataapi, shaped by what SAP documents:
 * - ServiceRequestCollection with 2,500 rows, so C4C's server paging of 1,000 entries a page
 *   (https://github.com/SAP-archive/C4CODATAAPIDEVGUIDE/blob/master/README.md, "Paging") is seen;
 * - accounthierarchylist and businesspartnerrelationship, standard services under /sap/c4c/odata/v1/,
 *   on which a CSRF token fetch of a technical user gets "Inconsistent Authorization:
 *   Re-activate Communication Arrangement." — as 403 on one and as 500 on the other, the status
 *   SAP/cloud-sdk-js#1185 reports (https://github.com/SAP/cloud-sdk-js/issues/1185).
 */
import {
  accounts,
  day,
  entitySet,
  hex,
  s,
  standardService,
  t,
  type EntitySetDef,
  type Row,
  type ServiceDef,
} from './model';

export const SERVICE_REQUEST_COUNT = 2_500;
const statuses = ['1', '2', '3', '5'];

function serviceRequests(): Row[] {
  return Array.from({ length: SERVICE_REQUEST_COUNT }, (_, index) => {
    const i = index + 1;
    return {
      ObjectID: hex(0xf0000 + i),
      ID: String(10_000 + i),
      Name: `Service request ${String(i)}`,
      ServiceRequestLifeCycleStatusCode: statuses[i % statuses.length] ?? '1',
      CreatedOn: day(i % 700),
    };
  });
}

export function serviceRequestSet(): EntitySetDef {
  return entitySet(
    'ServiceRequestCollection',
    'ServiceRequest',
    'Service Request',
    [
      s('ID', 'Service Request ID', 35),
      s('Name', 'Subject', 255),
      s('ServiceRequestLifeCycleStatusCode', 'Status', 2),
      t('CreatedOn', 'Created On'),
    ],
    serviceRequests(),
  );
}

/** A standard service on which C4C answers a technical user's CSRF fetch with the quirk (403). */
export function accountHierarchyService(): ServiceDef {
  const rows = accounts().map((a, i) => ({
    ObjectID: a.ObjectID ?? null,
    AccountID: a.AccountID ?? null,
    ParentAccountID: i % 10 === 0 ? null : String(1_000_001 + i - (i % 10)),
    Name: a.Name ?? null,
  }));
  return standardService('accounthierarchylist', [
    entitySet(
      'AccountHierarchyCollection',
      'AccountHierarchy',
      'Account Hierarchy',
      [
        s('AccountID', 'Account ID', 10),
        s('ParentAccountID', 'Parent Account ID', 10),
        s('Name', 'Name', 80),
      ],
      rows,
    ),
  ]);
}

/** A standard service on which C4C answers the same fetch with the quirk as HTTP 500. */
export function businessPartnerRelationshipService(): ServiceDef {
  const rows = accounts()
    .slice(0, 50)
    .map((a, i) => ({
      ObjectID: hex(0xb000 + i),
      BusinessPartnerID: a.AccountID ?? null,
      RelationshipBusinessPartnerID: String(2_000_002 + i * 2),
      RelationshipType: 'BUR001',
    }));
  return standardService('businesspartnerrelationship', [
    entitySet(
      'BusinessPartnerRelationshipCollection',
      'BusinessPartnerRelationship',
      'Business Partner Relationship',
      [
        s('BusinessPartnerID', 'Business Partner ID', 10),
        s('RelationshipBusinessPartnerID', 'Related Business Partner ID', 10),
        s('RelationshipType', 'Relationship Type', 6),
      ],
      rows,
    ),
  ]);
}
