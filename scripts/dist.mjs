// `npm run dist`: the installers this OS can build, one target at a time. Before each target is
// packed, its own keychain binding is installed (an x64 host building the arm64 installer would
// otherwise ship without one); packTarget keeps only that binding in the app.
//   node scripts/dist.mjs                  every target of this OS (Windows: x64 + arm64, macOS: x64 + arm64, Linux: x64)
//   node scripts/dist.mjs win32-arm64 ...  only these
import { MAC_ENTITLEMENTS, TARGETS, installBindings, macSigning, packTarget } from './packaging-targets.mjs';

const FORMAT = { linux: 'AppImage', win32: 'nsis', darwin: 'dmg' };
const wanted = process.argv.slice(2);
const targets = wanted.length
  ? TARGETS.filter((t) => wanted.includes(`${t.platform}-${t.arch}`))
  : TARGETS.filter((t) => t.platform === process.platform);
if (!targets.length) {
  console.error(
    `dist: no target to build here (known: ${TARGETS.map((t) => `${t.platform}-${t.arch}`).join(', ')})`,
  );
  process.exit(2);
}

await import('./make-icons.mjs');
for (const target of targets) {
  const [binding] = installBindings([target]);
  console.log(`dist: ${target.platform}-${target.arch} with ${binding}`);
  if (target.platform === 'darwin')
    console.log(`dist: macOS signing ${macSigning()}, entitlements ${MAC_ENTITLEMENTS[macSigning()]}`);
  const files = await packTarget(target, FORMAT[target.platform]);
  for (const file of files) console.log(`dist: ${file}`);
}
