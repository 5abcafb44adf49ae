/**
 * The IPC contract: one map from channel (`domain:verb`) to request and response schemas. Main
 * checks every request against it at the door; response values are parsed through it too, so a
 * field that is not declared here (a secret by mistake) is stripped before it can reach the renderer.
 */
import type { z } from 'zod';
import { appContract } from './app';
import { connectionsContract } from './connections';
import { connectionTestContract } from './connection-test';
import { keypairContract } from './keypairs';
import { keypairCreateContract } from './keypair-create';
import { accessCheckContract } from './access-check';
import { odataContract } from './odata';
import { travelContract } from './travel';
import { wizardContract } from './wizard';

export const contract = {
  ...appContract,
  ...connectionsContract,
  ...connectionTestContract,
  ...keypairContract,
  ...keypairCreateContract,
  ...accessCheckContract,
  ...odataContract,
  ...travelContract,
  ...wizardContract,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;
