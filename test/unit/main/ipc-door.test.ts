import { describe, expect, it } from 'vitest';
import { CodedError } from '../../../shared/result';
import { createDoor, type HandlerTable } from '../../../electron/main/ipc-door';

const trusted = { url: 'app://c4c-connect/index.html', isMainFrame: true };

function door(overrides: Partial<HandlerTable> = {}, logged: unknown[] = []) {
  const handlers = {
    'settings:get': () => ({ language: 'en', theme: 'dark' }),
    'settings:set': (patch: object) => ({ language: 'en', theme: 'system', ...patch }),
    ...overrides,
  } as unknown as HandlerTable;
  return createDoor(handlers, {
    isTrusted: (s) => s.url.startsWith('app://c4c-connect/'),
    logError: (_c, e) => logged.push(e),
  });
}

describe('the IPC door', () => {
  it('answers a valid request from our page with { ok: true, value }', async () => {
    expect(await door()('settings:get', {}, trusted)).toEqual({
      ok: true,
      value: { language: 'en', theme: 'dark' },
    });
  });

  it('refuses other origins and sub-frames before looking at the request', async () => {
    for (const sender of [
      { url: 'https://evil.example/', isMainFrame: true },
      { url: 'file:///etc/passwd', isMainFrame: true },
      { url: 'app://c4c-connect/index.html', isMainFrame: false },
    ]) {
      expect(await door()('settings:get', {}, sender)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN_SENDER' },
      });
    }
  });

  it('refuses unknown channels, including inherited object keys', async () => {
    expect(await door()('vault:dump', {}, trusted)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(await door()('constructor', {}, trusted)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(await door()('__proto__', {}, trusted)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
  });

  it('refuses payloads that fail the schema, naming fields but never echoing values', async () => {
    const reply = await door()('settings:set', { language: 'Hunter2-secret' }, trusted);
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(JSON.stringify(reply)).not.toContain('Hunter2');
    expect(await door()('settings:get', { extra: 1 }, trusted)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST' },
    });
    expect(await door()('settings:get', null, trusted)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST' },
    });
  });

  it('passes a CodedError through as its code and message', async () => {
    const d = door({
      'settings:get': () => {
        throw new CodedError('KEYCHAIN_LOCKED', 'The OS keychain is locked.');
      },
    });
    expect(await d('settings:get', {}, trusted)).toEqual({
      ok: false,
      error: { code: 'KEYCHAIN_LOCKED', message: 'The OS keychain is locked.' },
    });
  });

  it('turns any other failure into INTERNAL without leaking its message', async () => {
    const logged: unknown[] = [];
    const d = door(
      {
        'settings:get': () => {
          throw new Error('ENOENT /home/user/secret-path');
        },
      },
      logged,
    );
    const reply = await d('settings:get', {}, trusted);
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(reply)).not.toContain('secret-path');
    expect(logged).toHaveLength(1);
  });

  it('strips fields the response schema does not declare', async () => {
    const d = door({
      'settings:get': () =>
        ({ language: 'de', theme: 'light', privateKeyPem: '-----BEGIN PRIVATE KEY-----' }) as never,
    });
    const reply = await d('settings:get', {}, trusted);
    expect(reply).toEqual({ ok: true, value: { language: 'de', theme: 'light' } });
  });
});
