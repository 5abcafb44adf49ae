import type { ConnectionDraft } from '../../../../electron/core/connections/index';

/** A valid connection of that name. */
export const draft = (name: string): ConnectionDraft => ({
  name,
  environment: 'development',
  tenantHost: 'my123456.crm.ondemand.com',
  system: { systemId: 'CPI_DEV', hostName: 'cpi-dev.example.com', doneInC4c: true },
  arrangement: {
    scenario: 'OData Services for Business Objects',
    services: [{ name: 'c4codataapi', path: '/sap/c4c/odata/v1/c4codataapi/' }],
    technicalUser: '_CPI_DEV1234',
    doneInC4c: true,
  },
  auth: { method: 'client-certificate', keyPairId: null },
  proxy: { mode: 'system' },
  trust: { extraCaPem: [], useOsTrustStore: false },
  fetchCsrfToken: false,
  timeoutSeconds: 20,
});
