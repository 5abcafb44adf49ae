/**
 * The handler table: one function per contract channel, built from the services. Each domain adds
 * its own file here. TypeScript fails the build when a channel of the contract has no handler.
 */
import type { HandlerTable } from '../ipc-door';
import type { Services } from '../services';
import { appHandlers } from './app';
import { connectionHandlers } from './connections';
import { connectionTestDeps, connectionTestHandlers } from './connection-test';
import { keypairHandlers } from './keypairs';
import { keypairCreateHandlers } from './keypair-create';
import { accessCheckHandlers } from './access-check';
import { odataHandlers } from './odata';
import { supportReportHandlers } from './support-report';
import { travelHandlers } from './travel';
import { wizardHandlers } from './wizard';

export function createHandlerTable(s: Services): HandlerTable {
  return {
    ...appHandlers(s),
    ...connectionHandlers(s),
    ...connectionTestHandlers(connectionTestDeps(s)),
    ...keypairHandlers(s),
    ...keypairCreateHandlers(s),
    ...accessCheckHandlers(s),
    ...odataHandlers(s),
    ...supportReportHandlers(s),
    ...travelHandlers(s),
    ...wizardHandlers(s),
  };
}
