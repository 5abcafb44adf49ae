// The app icons from their one source, build/icon.svg, offline: resvg renders each size, and
// @shockpkg/icon-encoder packs them into build/icon.ico (Windows) and build/icon.icns (macOS);
// build/icon.png (1024 px) serves Linux. electron-builder picks these up from build/
// (https://www.electron.build/icons); its own PNG conversion would download a toolset from GitHub.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IconIcns, IconIco } from '@shockpkg/icon-encoder';
import { Resvg } from '@resvg/resvg-js';

const build = join(import.meta.dirname, '..', 'build');
const svg = readFileSync(join(build, 'icon.svg'));
const png = (size) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();

const ico = new IconIco();
for (const size of [256, 128, 64, 48, 32, 16]) await ico.addFromPng(png(size));

// The types and order iconutil writes (ic04 16 px ... ic10 1024 px), as the encoder documents.
const icns = new IconIcns();
icns.toc = true;
for (const [size, type] of [
  [64, 'ic12'],
  [128, 'ic07'],
  [256, 'ic13'],
  [256, 'ic08'],
  [16, 'ic04'],
  [512, 'ic14'],
  [512, 'ic09'],
  [32, 'ic05'],
  [1024, 'ic10'],
  [32, 'ic11'],
]) {
  await icns.addFromPng(png(size), [type]);
}

const big = png(1024);
writeFileSync(join(build, 'icon.png'), big);
writeFileSync(join(build, 'icon.ico'), ico.encode());
writeFileSync(join(build, 'icon.icns'), icns.encode());
console.log('make-icons: build/icon.png, icon.ico, icon.icns from build/icon.svg');
