/**
 * Reading the PFX structure of RFC 7292: check the integrity MAC, decrypt the encrypted parts and
 * collect the private keys (PKCS#8 DER) and certificates (DER) with their bag attributes.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  bmpStringOf,
  bytesOf,
  child,
  children,
  explicit,
  intOf,
  isContext,
  oidOf,
  parseDer,
  toDer,
  type Node,
} from './asn1';
import { NOT_ENCRYPTED, schemeOf, type Protection, type Secrets } from './decrypt';
import { pkcs12Kdf, pkcs12PasswordCandidates } from './kdf';
import { MAC_DIGESTS, OID } from './oids';
import { MAX_ITERATIONS, MAX_PKCS12_KDF_ITERATIONS, problems } from './problems';

export interface BagEntry {
  der: Buffer;
  localKeyId: Buffer | null;
  friendlyName: string | null;
  protection: Protection;
}

export interface PfxContents {
  keys: BagEntry[];
  certs: BagEntry[];
  mac: { digest: string; iterations: number } | null;
}

/** safeContentsBag may nest SafeContents; real files never go deeper than one level. */
const MAX_NESTING = 4;

function verifyMac(
  macData: Node,
  content: Buffer,
  candidates: Buffer[],
): { digest: string; iterations: number; password: Buffer } {
  const digestInfo = child(macData, 0);
  const oid = oidOf(child(child(digestInfo, 0), 0));
  if (oid === OID.pbmac1) throw problems.unsupportedEncryption('a PBMAC1 integrity check (RFC 9579)');
  const digest = MAC_DIGESTS[oid];
  if (!digest) throw problems.unsupportedEncryption(`an unknown integrity check (${oid})`);
  const expected = bytesOf(child(digestInfo, 1));
  const salt = bytesOf(child(macData, 1));
  const iterationsNode = children(macData)[2];
  const iterations = iterationsNode ? intOf(iterationsNode) : 1;
  if (iterations > MAX_PKCS12_KDF_ITERATIONS)
    throw problems.tooManyIterations(iterations, MAX_PKCS12_KDF_ITERATIONS);
  const keyLength = createHmac(digest.hash, '').digest().length;
  for (const password of candidates) {
    const key = pkcs12Kdf(
      digest.hash,
      digest.blockSize,
      password,
      salt,
      Math.max(1, iterations),
      3,
      keyLength,
    );
    const actual = createHmac(digest.hash, key).update(content).digest();
    if (actual.length === expected.length && timingSafeEqual(actual, expected)) {
      return { digest: digest.name, iterations, password };
    }
  }
  throw problems.wrongPassword();
}

function attributesOf(bag: Node): { localKeyId: Buffer | null; friendlyName: string | null } {
  let localKeyId: Buffer | null = null;
  let friendlyName: string | null = null;
  const set = children(bag)[2];
  if (set && Array.isArray(set.value)) {
    for (const attribute of set.value) {
      const oid = oidOf(child(attribute, 0));
      const first = children(child(attribute, 1))[0];
      if (!first) continue;
      if (oid === OID.localKeyId) localKeyId = bytesOf(first);
      else if (oid === OID.friendlyName) friendlyName = bmpStringOf(first);
    }
  }
  return { localKeyId, friendlyName };
}

interface Reader {
  secrets: Secrets;
  /** True when a MAC proved the password: a failed decryption is then damage, not a wrong password. */
  passwordProven: Promise<boolean>;
  /** Key-derivation rounds asked for so far, across all encrypted parts and key bags. */
  rounds: number;
}

/**
 * A real file has two or three encrypted items; a hostile one could hold hundreds, each asking for
 * the per-item maximum. The whole file gets a budget of twice the per-item ceiling.
 */
const MAX_TOTAL_ROUNDS = 2 * MAX_ITERATIONS;

/** What one part of the authenticated safe holds; parts are merged in file order. */
interface Part {
  keys: BagEntry[];
  certs: BagEntry[];
}

/** Reads an encrypted item's scheme and charges its rounds to the file's budget, before any work. */
function chargedScheme(reader: Reader, algorithm: Node): ReturnType<typeof schemeOf> {
  const scheme = schemeOf(algorithm);
  reader.rounds += scheme.protection.iterations ?? 0;
  if (reader.rounds > MAX_TOTAL_ROUNDS) throw problems.tooManyIterations(reader.rounds, MAX_TOTAL_ROUNDS);
  return scheme;
}

async function decryptWith(
  reader: Reader,
  scheme: ReturnType<typeof schemeOf>,
  data: Buffer,
): Promise<{ plain: Buffer; protection: Protection }> {
  const plain = await scheme.decrypt(data, reader.secrets);
  if (!plain) throw (await reader.passwordProven) ? problems.undecryptable() : problems.wrongPassword();
  return { plain, protection: scheme.protection };
}

/** Parses decrypted bytes; garbage after a wrong password (no MAC to tell) is a wrong password too. */
async function parseDecrypted(reader: Reader, plain: Buffer): Promise<Node> {
  try {
    return parseDer(plain);
  } catch (error) {
    throw (await reader.passwordProven) ? error : problems.wrongPassword();
  }
}

async function readSafeContents(
  reader: Reader,
  safeContents: Node,
  container: Protection,
  part: Part,
  depth: number,
): Promise<void> {
  if (depth > MAX_NESTING) throw problems.invalidFile();
  for (const bag of children(safeContents)) {
    const bagId = oidOf(child(bag, 0));
    const value = explicit(child(bag, 1));
    if (bagId === OID.keyBag) {
      part.keys.push({ der: toDer(value), protection: container, ...attributesOf(bag) });
    } else if (bagId === OID.pkcs8ShroudedKeyBag) {
      const scheme = chargedScheme(reader, child(value, 0));
      const { plain, protection } = await decryptWith(reader, scheme, bytesOf(child(value, 1)));
      await parseDecrypted(reader, plain);
      part.keys.push({ der: plain, protection, ...attributesOf(bag) });
    } else if (bagId === OID.certBag) {
      // Other certificate types (SDSI) exist in the standard but not in the wild: skipped.
      if (oidOf(child(value, 0)) !== OID.x509Certificate) continue;
      part.certs.push({
        der: bytesOf(explicit(child(value, 1))),
        protection: container,
        ...attributesOf(bag),
      });
    } else if (bagId === OID.safeContentsBag) {
      await readSafeContents(reader, value, container, part, depth + 1);
    }
    // CRL and secret bags carry nothing a client certificate needs.
  }
}

/** Starts reading every part of the authenticated safe; each part's task fills its own Part. */
function startParts(reader: Reader, content: Buffer, tasks: Promise<void>[], parts: Part[]): void {
  // Every part is read and charged first, so a refused part stops the file before any work starts.
  const starters: (() => Promise<void>)[] = [];
  for (const contentInfo of children(parseDer(content))) {
    const type = oidOf(child(contentInfo, 0));
    const part: Part = { keys: [], certs: [] };
    parts.push(part);
    if (type === OID.data) {
      const safeContents = parseDer(bytesOf(explicit(child(contentInfo, 1))));
      starters.push(() => readSafeContents(reader, safeContents, NOT_ENCRYPTED, part, 0));
    } else if (type === OID.encryptedData) {
      const encryptedContentInfo = child(explicit(child(contentInfo, 1)), 1);
      const [, algorithm, encrypted] = children(encryptedContentInfo);
      if (!algorithm || !isContext(encrypted, 0)) throw problems.invalidFile();
      const scheme = chargedScheme(reader, algorithm);
      const data = bytesOf(encrypted);
      starters.push(() =>
        decryptWith(reader, scheme, data).then(async ({ plain, protection }) =>
          readSafeContents(reader, await parseDecrypted(reader, plain), protection, part, 0),
        ),
      );
    } else if (type === OID.envelopedData) {
      throw problems.unsupportedEncryption('public-key encryption (envelopedData)');
    } else {
      throw problems.invalidFile();
    }
  }
  // Started together, each part's PBKDF2 runs on its own pool thread.
  for (const start of starters) tasks.push(start());
}

export async function readPfx(bytes: Uint8Array, password: string): Promise<PfxContents> {
  // Trailing bytes after the PFX are tolerated, as OpenSSL does.
  const pfx = parseDer(bytes, { parseAllBytes: false });
  const [versionNode, authSafe, macData] = children(pfx);
  if (intOf(versionNode) !== 3) throw problems.invalidFile();
  const authType = oidOf(child(authSafe, 0));
  if (authType === OID.signedData)
    throw problems.unsupportedEncryption('a public-key signature instead of a password');
  if (authType !== OID.data) throw problems.invalidFile();
  const content = bytesOf(explicit(child(authSafe, 1)));

  // The parts start decrypting before the MAC is checked: PBKDF2 runs on libuv's pool while this
  // thread iterates the MAC's PKCS#12 KDF (600,000 rounds take about 0.6 s here), so both overlap.
  const candidates = pkcs12PasswordCandidates(password);
  let proven: (value: Buffer[]) => void = () => undefined;
  let refused: (error: unknown) => void = () => undefined;
  const pkcs12 = new Promise<Buffer[]>((resolve, reject) => {
    proven = resolve;
    refused = reject;
  });
  pkcs12.catch(() => undefined);
  const reader: Reader = {
    secrets: { utf8: Buffer.from(password, 'utf8'), pkcs12 },
    passwordProven: pkcs12.then(() => macData !== undefined),
    rounds: 0,
  };
  reader.passwordProven.catch(() => undefined);

  const tasks: Promise<void>[] = [];
  const parts: Part[] = [];
  let mac: PfxContents['mac'] = null;
  try {
    startParts(reader, content, tasks, parts);
    if (macData) {
      const verified = verifyMac(macData, content, candidates);
      mac = { digest: verified.digest, iterations: verified.iterations };
      proven([verified.password]);
    } else {
      proven(candidates);
    }
  } catch (error) {
    // The parts already started learn of it too; none of their rejections is left unhandled.
    refused(error);
    for (const task of tasks) task.catch(() => undefined);
    throw error;
  }
  await settleAll(tasks);
  return { keys: parts.flatMap((p) => p.keys), certs: parts.flatMap((p) => p.certs), mac };
}

/** Promise.all (the first failure answers at once), leaving no rejection of the others unhandled. */
async function settleAll(tasks: Promise<void>[]): Promise<void> {
  for (const task of tasks) task.catch(() => undefined);
  await Promise.all(tasks);
}
