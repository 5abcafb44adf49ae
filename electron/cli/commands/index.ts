/** Every command of the CLI. Each domain adds its own file and one line here. */
import type { Command } from '../command';
import { doctor } from './doctor';
import { edmxSummary } from './edmx';
import { handover } from './handover';
import { metadata } from './metadata';
import { query } from './query';
import { test } from './test';
import { check } from './check';
import { inspect } from './inspect';
import { keypairDelete } from './keypair-delete';
import { keypairExport } from './keypair-export';
import { keypairImport } from './keypair-import';
import { keypairList } from './keypair-list';
import { keypairShow } from './keypair-show';
import { keypairRename } from './keypair-rename';
import { keypairRenew } from './keypair-renew';
import { vaultSweep } from './vault-sweep';
import { keypairAttachCert } from './keypair-attach-cert';
import { keypairCreate } from './keypair-create';
import { keypairCsr } from './keypair-csr';
import { practiceTenant } from './practice-tenant';

export const COMMANDS: Command[] = [
  doctor,
  inspect,
  keypairImport,
  keypairList,
  keypairShow,
  keypairDelete,
  keypairExport,
  keypairRename,
  keypairRenew,
  vaultSweep,
  keypairCreate,
  keypairCsr,
  keypairAttachCert,
  practiceTenant,
  test,
  check,
  metadata,
  query,
  handover,
  edmxSummary,
];
