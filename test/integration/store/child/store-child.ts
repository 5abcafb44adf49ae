/**
 * A second (third, ...) writer on one data folder, as a separate process, for the race and kill
 * tests: the same core code the CLI runs (KeyPairService with the in-thread .p12 reader, the
 * connection store, the file store and its lock).
 *   serve                                      JSON requests on stdin, one JSON answer line each:
 *     {"op":"import","dataFolder","service","file","name","password"} -> {"ok":true,"id"}
 *     {"op":"save","dataFolder","name"}                               -> {"ok":true,"id"}
 *     {"op":"delete","dataFolder","name"}                             -> {"ok":true,"deleted"}
 *   loop-import <dataFolder> <service> <file> <password>  {"ready":true}, then on a stdin line imports forever
 *   loop-save <dataFolder>                                 {"ready":true}, then on a stdin line saves forever
 * The loops wait for the line so a test can start the next writer while it checks the last one.
 * Errors answer {"ok":false,"code","message"}.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { ConnectionStore } from '../../../../electron/core/connections/index';
import { OsKeychain } from '../../../../electron/core/keychain/os-keychain';
import { KeyPairService } from '../../../../electron/core/keypairs/index';
import { openPkcs12 } from '../../../../electron/core/pkcs12/index';
import { openDataStore } from '../../../../electron/core/store/open-store';
import { Vault } from '../../../../electron/core/vault/index';
import { draft } from './draft';

const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

const keyPairs = (dataFolder: string, service: string) =>
  new KeyPairService(new Vault(new OsKeychain(service), dataFolder), openDataStore(dataFolder).store, {
    open: openPkcs12,
  });
const connections = (dataFolder: string) => new ConnectionStore(openDataStore(dataFolder).store);

type Request = {
  op: string;
  dataFolder: string;
  service: string;
  file: string;
  name: string;
  password: string;
};

async function handle(r: Request): Promise<unknown> {
  if (r.op === 'import') {
    const bytes = readFileSync(r.file);
    const k = await keyPairs(r.dataFolder, r.service).import({
      name: r.name,
      fileName: r.file,
      bytes,
      password: r.password,
    });
    return { ok: true, id: k.id };
  }
  if (r.op === 'save') return { ok: true, id: connections(r.dataFolder).save(draft(r.name)).id };
  if (r.op === 'delete') {
    const store = connections(r.dataFolder);
    const found = store.find(r.name);
    return { ok: true, deleted: found ? store.delete(found.id) : false };
  }
  return { ok: false, code: 'BAD_OP', message: r.op };
}

const failure = (error: unknown) => ({
  ok: false,
  code: (error as { code?: string }).code ?? 'THROWN',
  message: error instanceof Error ? error.message : String(error),
});

/** Modules are loaded: say so, and wait for the go. */
async function readyThenGo(): Promise<void> {
  print({ ready: true });
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  await lines.next();
}

async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  if (mode === 'serve') {
    for await (const line of createInterface({ input: process.stdin })) {
      print(await handle(JSON.parse(line) as Request).catch(failure));
    }
  } else if (mode === 'loop-import') {
    const [dataFolder, service, file, password] = args as [string, string, string, string];
    const bytes = readFileSync(file);
    await readyThenGo();
    for (let n = 1; ; n++) {
      const name = `kp-${process.pid}-${n}`;
      await keyPairs(dataFolder, service).import({ name, fileName: file, bytes, password });
      print({ imported: n });
    }
  } else if (mode === 'loop-save') {
    const [dataFolder] = args as [string];
    await readyThenGo();
    for (let n = 1; ; n++) {
      const store = connections(dataFolder);
      const saved = store.save(draft(`c-${process.pid}-${n}`));
      store.save({ ...saved, timeoutSeconds: 30 });
      print({ saved: n });
    }
  }
}

main().catch((error: unknown) => print(failure(error)));
