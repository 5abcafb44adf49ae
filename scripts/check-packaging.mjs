// Packaging check, offline, for every target C4C Connect ships (scripts/packaging-targets.mjs):
// each target's keychain binding is installed, then electron-builder packs the target with `--dir`
// (the app folder an installer would hold: config validated, asar built, fuses flipped) on a
// placeholder "Electron", since Electron's binaries cannot be downloaded here. The installer step
// itself (NSIS, DMG, AppImage) is left out: it only wraps this folder, and the DMG needs a Mac. The
// placeholders carry Electron's fuse wire (sentinel, version 1, 8 fuses in Electron's default
// states), so the check reads back what a real build would ship. The output cannot run.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  MAC_ENTITLEMENTS,
  ROOT,
  TARGETS,
  bindingFile,
  bindingPackage,
  installBindings,
  macSigning,
  packTarget,
  targetConfig,
} from './packaging-targets.mjs';

const require = createRequire(join(ROOT, 'node_modules/app-builder-lib/package.json'));
const { SENTINEL } = require('@electron/fuses/dist/constants.js');
const asar = require('@electron/asar');
const resedit = require('resedit');
const plistParser = require('plist');

const started = Date.now();
// No certificate lookup on the build machine's keychains.
process.env.CSC_IDENTITY_AUTO_DISCOVERY = 'false';
const PRODUCT = 'C4C Connect';
const work = mkdtempSync(join(tmpdir(), 'c4c-pack-'));

// Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, inspect on, asar integrity off, only-asar off, ...
const fuseWire = () =>
  Buffer.concat([
    Buffer.from('placeholder\0'),
    Buffer.from(SENTINEL),
    Buffer.from([1, 8]),
    Buffer.from('10110000'),
  ]);

const plist = (name, executable) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
<key>CFBundleName</key><string>${name}</string>
<key>CFBundleExecutable</key><string>${executable}</string>
<key>CFBundleIdentifier</key><string>com.github.Electron</string>
<key>CFBundleVersion</key><string>45.5.0</string>
</dict></plist>
`;

function write(file, content, mode = 0o644) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content, { mode });
}

/**
 * electron-builder writes the asar's integrity hash into electron.exe's resources, next to its
 * version info: a minimal PE with one version-info language, the fuse wire as trailing data.
 */
function placeholderExe() {
  const exe = resedit.NtExecutable.createEmpty(false, false);
  const res = resedit.NtExecutableResource.from(exe);
  const info = resedit.Resource.VersionInfo.createEmpty();
  info.lang = 1033;
  info.setStringValues({ lang: 1033, codepage: 1200 }, { ProductName: 'Electron', FileVersion: '45.5.0' });
  info.outputToResourceEntries(res.entries);
  res.outputResource(exe);
  exe.setExtraData(fuseWire());
  return Buffer.from(exe.generate());
}

/** A folder shaped like Electron's download for the platform, with the fuse wire where Electron keeps it. */
function placeholderElectron(platform) {
  const dist = join(work, `electron-${platform}`);
  if (existsSync(dist)) return dist;
  if (platform === 'linux') write(join(dist, 'electron'), fuseWire(), 0o755);
  if (platform === 'win32') write(join(dist, 'electron.exe'), placeholderExe(), 0o755);
  if (platform === 'darwin') {
    const contents = join(dist, 'Electron.app', 'Contents');
    write(join(contents, 'Info.plist'), plist('Electron', 'Electron'));
    write(join(contents, 'MacOS', 'Electron'), 'placeholder', 0o755);
    write(
      join(contents, 'Frameworks', 'Electron Framework.framework', 'Electron Framework'),
      fuseWire(),
      0o755,
    );
    for (const suffix of ['', ' (Renderer)', ' (GPU)', ' (Plugin)']) {
      const helper = join(contents, 'Frameworks', `Electron Helper${suffix}.app`, 'Contents');
      write(join(helper, 'Info.plist'), plist(`Electron Helper${suffix}`, `Electron Helper${suffix}`));
      write(join(helper, 'MacOS', `Electron Helper${suffix}`), 'placeholder', 0o755);
    }
    mkdirSync(join(contents, 'Resources'), { recursive: true });
  }
  return dist;
}

/**
 * The asar's integrity record in the Windows executable must name `resources\\app.asar` with
 * backslashes and the hash of the asar's header: a record written with "/" (a build made on Linux,
 * https://github.com/electron/electron/issues/44624) makes Electron refuse to start on Windows.
 */
function windowsIntegrity(where) {
  const exe = resedit.NtExecutable.from(readFileSync(where.fuses));
  const entry = resedit.NtExecutableResource.from(exe).entries.find(
    (e) => e.type === 'INTEGRITY' && e.id === 'ELECTRONASAR',
  );
  if (!entry) return ['the Windows executable has no asar integrity record'];
  const record = JSON.parse(Buffer.from(entry.bin).toString('utf8'));
  const { headerString } = asar.getRawHeader(join(where.resources, 'app.asar'));
  const hash = createHash('sha256').update(headerString).digest('hex');
  const wanted = [{ file: 'resources\\app.asar', alg: 'SHA256', value: hash }];
  return JSON.stringify(record) === JSON.stringify(wanted)
    ? []
    : [`the Windows asar integrity record is ${JSON.stringify(record)}, expected ${JSON.stringify(wanted)}`];
}

/** Where electron-builder puts the target's app folder, and the files the check reads in it. */
function layout(target, out) {
  const suffix = target.arch === 'x64' ? '' : `-${target.arch}`;
  if (target.platform === 'linux') {
    const app = join(out, `linux${suffix}-unpacked`);
    return { resources: join(app, 'resources'), fuses: join(app, 'c4c-connect') };
  }
  if (target.platform === 'win32') {
    const app = join(out, `win${suffix}-unpacked`);
    return { resources: join(app, 'resources'), fuses: join(app, `${PRODUCT}.exe`) };
  }
  const contents = join(out, `mac${suffix}`, `${PRODUCT}.app`, 'Contents');
  return {
    resources: join(contents, 'Resources'),
    fuses: join(contents, 'Frameworks', 'Electron Framework.framework', 'Electron Framework'),
    plist: join(contents, 'Info.plist'),
  };
}

async function pack(target) {
  const out = join(work, `out-${target.platform}-${target.arch}`);
  await packTarget(target, 'dir', (config) => ({
    ...config,
    electronDist: placeholderElectron(target.platform),
    electronVersion: '45.5.0',
    directories: { ...config.directories, output: out },
    // Packing only: no code signing here (no certificates; codesign exists only on a Mac), and the
    // placeholder .exe has no resources for rcedit to edit.
    mac: { ...config.mac, identity: null },
    win: { ...config.win, signAndEditExecutable: false },
    electronFuses: { ...config.electronFuses, resetAdHocDarwinSignature: false },
  }));
  return out;
}

const EXPECTED_FUSES = {
  RunAsNode: '0',
  EnableCookieEncryption: '1',
  EnableNodeOptionsEnvironmentVariable: '0',
  EnableNodeCliInspectArguments: '0',
  EnableEmbeddedAsarIntegrityValidation: '1',
  OnlyLoadAppFromAsar: '1',
  LoadBrowserProcessSpecificV8Snapshot: '0',
  GrantFileProtocolExtraPrivileges: '0',
};

function check(target, out) {
  const problems = [];
  const where = layout(target, out);
  const binary = readFileSync(where.fuses);
  const at = binary.indexOf(SENTINEL) + SENTINEL.length;
  const wire = binary.subarray(at + 2, at + 2 + binary[at + 1]).toString('latin1');
  Object.entries(EXPECTED_FUSES).forEach(([name, state], i) => {
    if (wire[i] !== state) problems.push(`fuse ${name} is ${wire[i]}, expected ${state}`);
  });

  const files = asar.listPackage(join(where.resources, 'app.asar'));
  for (const needed of [
    '/out/main/index.js',
    '/out/main/core-worker.cjs',
    '/out/preload/index.cjs',
    '/out/renderer/index.html',
    '/out/cli/index.mjs',
    '/package.json',
  ]) {
    if (!files.includes(needed)) problems.push(`the asar lacks ${needed}`);
  }
  for (const file of files) {
    if (/\.map$|\/test\/|\/out\/test-servers\//.test(file)) problems.push(`the asar ships ${file}`);
  }
  // Only `npm run test:electron`'s build may let debugging switches through (electron/main/lockdown.ts).
  const shipped = JSON.parse(asar.extractFile(join(where.resources, 'app.asar'), 'package.json').toString());
  if ('c4cElectronTestBuild' in shipped) problems.push('the packaged package.json says it is a test build');

  // The keychain binding must sit outside the asar (a .node file cannot be loaded from inside it),
  // and it must be this target's: without it the app has no keychain on that machine.
  const napi = join(where.resources, 'app.asar.unpacked', 'node_modules', '@napi-rs');
  const binding = join(napi, bindingPackage(target).replace('@napi-rs/', ''), bindingFile(target));
  if (!existsSync(binding))
    problems.push(
      `app.asar.unpacked lacks the keychain binding ${bindingPackage(target)}/${bindingFile(target)}`,
    );
  const others = existsSync(napi)
    ? readdirSync(napi).filter((d) => d.startsWith('keyring-') && d !== `keyring-${target.binding}`)
    : [];
  if (others.length) problems.push(`app.asar.unpacked ships other targets' bindings: ${others.join(', ')}`);
  // Only native code outside the asar: a script there would run in main unchecked by the asar
  // integrity fuse (https://www.electronjs.org/docs/latest/tutorial/asar-integrity).
  const unpacked = join(where.resources, 'app.asar.unpacked');
  const scripts = existsSync(unpacked)
    ? readdirSync(unpacked, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && !e.name.endsWith('.node'))
        .map((e) => e.name)
    : [];
  if (scripts.length) problems.push(`app.asar.unpacked holds more than native code: ${scripts.join(', ')}`);

  if (target.platform === 'win32') problems.push(...windowsIntegrity(where));
  if (where.plist) {
    const info = readFileSync(where.plist, 'utf8');
    if (!info.includes('ElectronAsarIntegrity')) problems.push('Info.plist lacks ElectronAsarIntegrity');
    if (!existsSync(join(where.resources, 'icon.icns')))
      problems.push('the app has no icon.icns (made from build/icon.png)');
  }
  return { problems, wire, entries: files.length };
}

const JIT = 'com.apple.security.cs.allow-jit';
const NO_LIBRARY_VALIDATION = 'com.apple.security.cs.disable-library-validation';

/**
 * macOS entitlements per way of signing (codesign runs only on a Mac, so the configuration is read):
 * the signed/notarised build keeps library validation, only the ad-hoc build turns it off.
 */
async function checkMacEntitlements() {
  const problems = [];
  const granted = (file) => plistParser.parse(readFileSync(join(ROOT, file), 'utf8'));
  const mac = TARGETS.find((t) => t.platform === 'darwin');
  if (macSigning({ CSC_LINK: 'cert.p12' }) !== 'identity' || macSigning({ CSC_NAME: 'Dev' }) !== 'identity')
    problems.push('a build with CSC_LINK or CSC_NAME is not taken as signed');
  const none = () => '     0 valid identities found\n';
  const developerId = () =>
    '  1) 0123456789ABCDEF0123456789ABCDEF01234567 "Developer ID Application: Example GmbH (AB12CD34EF)"\n     1 valid identities found\n';
  if (macSigning({}, none) !== 'ad-hoc') problems.push('a build without an identity is not taken as ad hoc');
  if (macSigning({}, developerId) !== 'identity')
    problems.push('a Developer ID in the keychain (no CSC_NAME) is not taken as signed');
  if (macSigning({ CSC_IDENTITY_AUTO_DISCOVERY: 'false' }, developerId) !== 'ad-hoc')
    problems.push('CSC_IDENTITY_AUTO_DISCOVERY=false with a Developer ID is not taken as ad hoc');
  for (const [signing, wanted] of Object.entries(MAC_ENTITLEMENTS)) {
    const config = (await targetConfig(mac, signing)).mac;
    for (const key of ['entitlements', 'entitlementsInherit']) {
      if (config[key] !== wanted) problems.push(`${signing}: mac.${key} is ${config[key]}, expected ${wanted}`);
    }
    const identity = signing === 'ad-hoc' ? '-' : undefined;
    if (config.identity !== identity) problems.push(`${signing}: mac.identity is ${config.identity}`);
    const entitlements = granted(wanted);
    if (entitlements[JIT] !== true) problems.push(`${wanted} lacks ${JIT}`);
    const off = entitlements[NO_LIBRARY_VALIDATION] === true;
    if (signing === 'identity' && off) problems.push(`${wanted} (signed build) grants ${NO_LIBRARY_VALIDATION}`);
    if (signing === 'ad-hoc' && !off) problems.push(`${wanted} (ad-hoc build) lacks ${NO_LIBRARY_VALIDATION}`);
  }
  return problems;
}

// The icon's PNG is rendered from build/icon.svg (electron-builder converts it per platform).
await import('./make-icons.mjs');
const installed = installBindings(TARGETS);
console.log(`check-packaging: installed ${installed.join(', ')}`);

let failed = false;
const entitlementProblems = await checkMacEntitlements();
if (entitlementProblems.length) {
  console.error(`check-packaging: macOS entitlements: ${entitlementProblems.join('; ')}`);
  failed = true;
} else {
  console.log(
    `check-packaging: macOS entitlements ok: signed ${MAC_ENTITLEMENTS.identity} keeps library validation, ad hoc ${MAC_ENTITLEMENTS['ad-hoc']} turns it off`,
  );
}
for (const target of TARGETS) {
  const t0 = Date.now();
  const name = `${target.platform}-${target.arch}`;
  let out;
  try {
    out = await pack(target);
  } catch (error) {
    console.error(`check-packaging: ${name}: electron-builder failed: ${error.stack ?? error}`);
    failed = true;
    continue;
  }
  const { problems, wire, entries } = check(target, out);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (problems.length) {
    console.error(`check-packaging: ${name}: ${problems.join('; ')}`);
    failed = true;
  } else {
    console.log(
      `check-packaging: ${name} ok in ${seconds} s: fuses ${wire}; asar ${entries} entries; binding ${bindingFile(target)} unpacked, no other`,
    );
  }
}
console.log(`check-packaging: ${TARGETS.length} targets in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (failed) process.exit(1);
