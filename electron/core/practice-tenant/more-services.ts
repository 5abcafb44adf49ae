/**
 * The practice tenant's services beyond the core of c4codataapi, shaped by what SAP documents:
 * - ServiceRequestCollection with 2,500 rows, so C4C's server paging of 1,000 entries a page
 *   (https://github.com/SAP-archive/C4CODATAAPIDEVGUIDE/blob/master/README.md, "Paging") is seen;
 * - accounthierarchylist and businesspartnerrelationship, standard services under /sap/c4c/odata/v1/,
 *   on which a CSRF token fetch of a technical user is refused: on the first with 403 "Inconsistent
 *   Authorization: Re-activate Communication Arrangement." in the body (our product brief's
 *   wording); on the second with HTTP 500 and CM_DS_APPL_ERROR:048 "…is not assigned to you." in
 *   the sap-message header, as https://github.com/SAP/cloud-sdk-js/issues/1185 shows for
 *   c4codataapi. Which services do this on a real tenant no source says: these two are practice.
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

/** A standard service on which the practice tenant answers a technical user's CSRF fetch with the 403. */
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

/** A standard service on which the practice tenant answers the same fetch with HTTP 500 (sap-message). */
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
