// Every installer C4C Connect ships, and the keychain binding each one needs. @napi-rs/keyring
// installs only the build host's binding (optional dependencies filtered by os/cpu), so before a
// target is packed its own binding is installed beside it, and the target's files keep only that
// binding (electron-builder's ${platform} macro names the build host, not the target, so the
// exclusion is added here per target rather than written in electron-builder.yml).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');

/** builder: electron-builder's platform flag; binding: @napi-rs/keyring-<binding>. */
export const TARGETS = [
  { platform: 'linux', arch: 'x64', builder: '--linux', binding: 'linux-x64-gnu' },
  { platform: 'win32', arch: 'x64', builder: '--win', binding: 'win32-x64-msvc' },
  { platform: 'win32', arch: 'arm64', builder: '--win', binding: 'win32-arm64-msvc' },
  { platform: 'darwin', arch: 'x64', builder: '--mac', binding: 'darwin-x64' },
  { platform: 'darwin', arch: 'arm64', builder: '--mac', binding: 'darwin-arm64' },
];

export const bindingPackage = (target) => `@napi-rs/keyring-${target.binding}`;
export const bindingFile = (target) => `keyring.${target.binding}.node`;

export function keyringVersion() {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules/@napi-rs/keyring/package.json'), 'utf8')).version;
}

/**
 * Install the bindings of these targets, same version as @napi-rs/keyring, without touching
 * package.json or the lockfile. --force: npm refuses another OS's or CPU's package otherwise. One
 * npm call for all of them: a later `npm i --no-save` would prune what an earlier one added.
 */
export function installBindings(targets) {
  const version = keyringVersion();
  const wanted = [...new Set(targets.map((t) => `${bindingPackage(t)}@${version}`))];
  const run = spawnSync(
    'npm',
    ['i', '--no-save', '--force', '--no-audit', '--no-fund', '--ignore-scripts', ...wanted],
    {
      cwd: ROOT,
      encoding: 'utf8',
      // On Windows npm is npm.cmd, which spawn runs only through a shell since Node's fix for
      // CVE-2024-27980 (https://nodejs.org/en/blog/vulnerability/april-2024-security-releases-2).
      // The arguments are package names of our own making: nothing from outside reaches the shell.
      shell: process.platform === 'win32',
    },
  );
  if (run.error) throw new Error(`npm could not be started: ${run.error.message}`);
  if (run.status !== 0) throw new Error(`npm could not install ${wanted.join(', ')}:\n${run.stderr}`);
  return wanted;
}

/**
 * How the macOS app is signed: with a Developer ID (signed and notarised) or ad hoc. A Developer ID
 * is named by CSC_LINK or CSC_NAME, or found in the login keychain: electron-builder looks there by
 * itself unless CSC_IDENTITY_AUTO_DISCOVERY is false ("On a macOS development machine, a valid and
 * appropriate identity from your keychain will be automatically used",
 * https://www.electron.build/docs/features/code-signing/code-signing-mac/). Without this look a Mac
 * holding a Developer ID but no CSC_NAME would get the ad-hoc entitlements (library validation off)
 * in a build electron-builder then signs with that Developer ID. electron-builder 26 no longer signs
 * ad hoc by itself when it finds no identity; mac.identity "-" asks for it (same page).
 * `identities` is the output of `security find-identity -v -p codesigning` (injected by the check).
 */
export function macSigning(env = process.env, identities = keychainIdentities) {
  if (env.CSC_LINK || env.CSC_NAME) return 'identity';
  if (env.CSC_IDENTITY_AUTO_DISCOVERY === 'false') return 'ad-hoc';
  // The prefix electron-builder itself looks for (app-builder-lib codeSign/macCodeSign.js,
  // appleCertificatePrefixes) for an app distributed outside the Mac App Store.
  return /"Developer ID Application: /.test(identities(env)) ? 'identity' : 'ad-hoc';
}

/** The code-signing identities in the keychains on a Mac; nothing elsewhere. */
function keychainIdentities() {
  if (process.platform !== 'darwin') return '';
  const run = spawnSync('security', ['find-identity', '-v', '-p', 'codesigning'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout : '';
}

/**
 * The entitlements of each way: only the ad-hoc build turns library validation off, since an ad-hoc
 * signature has no Team ID for the framework and the keychain binding to share (electron-builder
 * warns so: https://electron.build/code-signing). A signed build keeps library validation.
 */
export const MAC_ENTITLEMENTS = {
  identity: 'build/entitlements.mac.plist',
  'ad-hoc': 'build/entitlements.mac.adhoc.plist',
};

/**
 * electron-builder.yml plus the line that keeps only this target's keychain binding, and for macOS
 * the entitlements (and, ad hoc, the identity "-") of the way it is signed.
 */
export async function targetConfig(target, signing = macSigning()) {
  const { load } = await import('js-yaml');
  const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8'));
  config.files = [...config.files, `!node_modules/@napi-rs/keyring-!(${target.binding})/**`];
  if (target.platform === 'darwin' && signing === 'ad-hoc') {
    const plist = MAC_ENTITLEMENTS['ad-hoc'];
    config.mac = { ...config.mac, identity: '-', entitlements: plist, entitlementsInherit: plist };
  }
  return config;
}

/**
 * Pack one target with electron-builder's API; `format` is an installer ('nsis', 'dmg', ...) or
 * 'dir'; `adjust` may change the configuration for this run (the offline check does).
 */
export async function packTarget(target, format, adjust = (config) => config) {
  const { build, Platform, Arch } = await import('electron-builder');
  const platform = { linux: Platform.LINUX, win32: Platform.WINDOWS, darwin: Platform.MAC }[target.platform];
  return build({
    projectDir: ROOT,
    targets: platform.createTarget([format], Arch[target.arch]),
    config: adjust(await targetConfig(target)),
    publish: 'never',
  });
}
