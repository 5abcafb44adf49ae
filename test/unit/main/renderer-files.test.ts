import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRendererFile } from '../../../electron/main/renderer-files';

const root = resolve('/app/out/renderer');

describe('resolveRendererFile', () => {
  it('maps / to index.html and assets to their files with a MIME type', () => {
    expect(resolveRendererFile(root, '/')).toEqual({
      file: join(root, 'index.html'),
      mime: 'text/html; charset=utf-8',
    });
    expect(resolveRendererFile(root, '/assets/index-1.js')?.mime).toBe('text/javascript; charset=utf-8');
    expect(resolveRendererFile(root, '/assets/72-Regular.woff2')?.mime).toBe('font/woff2');
  });

  it.each([
    '/../main/index.js',
    '/assets/../../preload/index.cjs',
    '/%2e%2e/secret.json',
    '/..%2fmain/index.js',
    '/a\\..\\b.js',
    '/x%00.js',
    '/%E0%A4%A',
  ])('refuses %s, which would leave the renderer folder or is malformed', (path) => {
    const hit = resolveRendererFile(root, path);
    if (hit) expect(hit.file.startsWith(root + '/')).toBe(true);
    else expect(hit).toBeNull();
  });

  it('serves no file types it does not know', () => {
    expect(resolveRendererFile(root, '/c4c-connect.json.bak')).toBeNull();
    expect(resolveRendererFile(root, '/vault/abc.bin')).toBeNull();
  });
});
