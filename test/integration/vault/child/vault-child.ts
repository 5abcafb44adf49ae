/**
 * Runs vault operations in a child process, so tests can give it another keychain environment (a
 * locked keyring, no D-Bus at all) or kill it mid-write. Prints one JSON line per step.
 *   put <dataFolder> <service> <id> <text>        -> {"ok":true} | {"ok":false,"code":...}
 *   get <dataFolder> <service> <id>               -> {"ok":true,"text":...} | {"ok":false,"code":...}
 *   write-loop <dataFolder> <service> <id> <size> -> {"ready":true}, then {"wrote":n} after each put, forever
 */
import { CodedError } from '../../../../shared/result';
import { OsKeychain } from '../../../../electron/core/keychain/os-keychain';
import { Vault } from '../../../../electron/core/vault/index';
import { statePayload } from './state-payload';

const [op, dataFolder, service, id, arg] = process.argv.slice(2) as [string, string, string, string, string?];
const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

async function main(): Promise<void> {
  const vault = new Vault(new OsKeychain(service), dataFolder);
  try {
    if (op === 'put') {
      await vault.putText(id, arg ?? '');
      print({ ok: true });
    } else if (op === 'get') {
      print({ ok: true, text: await vault.getText(id) });
    } else if (op === 'write-loop') {
      const size = Number(arg);
      await vault.hasSecret(id);
      await vault.getSecret(id); // loads the key, so the loop below only writes
      print({ ready: true });
      for (let n = 1; ; n++) {
        await vault.putSecret(id, statePayload(n, size));
        print({ wrote: n });
      }
    }
  } catch (error) {
    if (error instanceof CodedError) print({ ok: false, code: error.code, message: error.message });
    else print({ ok: false, code: 'THROWN', message: String(error) });
  }
}

void main();
