/** The connection test and the tenant HTTP client it shares with the OData features. */
export { runConnectionTest, TEST_ACCEPT, type RunOptions } from './run-test';
export { runServiceTests, type ServiceTarget } from './run-services';
export { createTenantClient, type TenantClient, type ClientOptions } from './tenant-client';
export { adviceOf, describe } from './diagnosis-texts';
export type { TenantTarget, TestCredentials, TrustChoice, ProxyChoice } from './target';
export { DEFAULT_TIMEOUT_MS } from './target';
