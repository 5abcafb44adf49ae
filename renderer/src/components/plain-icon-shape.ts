import actionSettings from '@ui5/webcomponents-icons/dist/v5/action-settings.js?raw';
import chainLink from '@ui5/webcomponents-icons/dist/v5/chain-link.js?raw';
import connected from '@ui5/webcomponents-icons/dist/v5/connected.js?raw';
import hint from '@ui5/webcomponents-icons/dist/v5/hint.js?raw';
import key from '@ui5/webcomponents-icons/dist/v5/key.js?raw';
import upload from '@ui5/webcomponents-icons/dist/v5/upload.js?raw';

/**
 * The few SAP icons the first screen shows (side navigation, Home's empty state and import button),
 * drawn as inline SVG the way ui5-icon draws them (its Icon.css: 1rem, fill currentColor,
 * --sapContent_IconColor), so Home needs no UI5 code before its first paint. The path data is
 * Horizon's icon set (SAP-icons-v5), read from @ui5/webcomponents-icons at build time as text: the
 * modules themselves would register the icon with UI5 and bring UI5's base along.
 */
const SOURCES = {
  'action-settings': actionSettings,
  'chain-link': chainLink,
  connected,
  hint,
  key,
  upload,
} as const;

export type PlainIconName = keyof typeof SOURCES;

interface Shape {
  pathData: string;
  viewBox: string;
}

/**
 * pathData and viewBox as the icon module declares them (`const pathData = "…";`). Should a new
 * version of the package declare them otherwise, the icon is left empty rather than Home failing;
 * test/e2e/home.spec.ts checks every side-navigation icon has its path.
 */
function iconShape(source: string): Shape {
  const value = (name: string) => new RegExp(`const ${name} = "([^"]*)";`).exec(source)?.[1];
  return { pathData: value('pathData') ?? '', viewBox: value('viewBox') ?? '0 0 16 16' };
}

const shapes = new Map<PlainIconName, Shape>();
export const shapeOf = (name: PlainIconName): Shape => {
  let shape = shapes.get(name);
  if (!shape) shapes.set(name, (shape = iconShape(SOURCES[name])));
  return shape;
};
