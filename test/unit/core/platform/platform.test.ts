import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../../electron/core/platform/external-links';
import { resolveDataFolder } from '../../../../electron/core/platform/data-folder';

describe('the data folder', () => {
  it('is where Electron puts userData for the product, per platform', () => {
    expect(resolveDataFolder({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32', 'C:\\Users\\a')).toBe(
      join('C:\\Users\\a\\AppData\\Roaming', 'C4C Connect'),
    );
    expect(resolveDataFolder({}, 'darwin', '/Users/a')).toBe(
      '/Users/a/Library/Application Support/C4C Connect',
    );
    expect(resolveDataFolder({}, 'linux', '/home/a')).toBe('/home/a/.config/C4C Connect');
    expect(resolveDataFolder({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/a')).toBe('/x/C4C Connect');
  });

  it('can be overridden with C4C_CONNECT_DATA_DIR', () => {
    expect(resolveDataFolder({ C4C_CONNECT_DATA_DIR: '/tmp/d' }, 'linux', '/home/a')).toBe('/tmp/d');
  });
});

describe('external links', () => {
  it.each([
    'https://help.sap.com/docs/SAP_CLOUD_FOR_CUSTOMER',
    'https://userapps.support.sap.com/sap/support/knowledge/en/2882719',
  ])('opens %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));
  it.each([
    'http://help.sap.com/',
    'https://help.sap.com.evil.test/',
    'https://evilhelp.sap.com.example/',
    'https://user:pw@help.sap.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
    'https://example.com/',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});
