/**
 * The e2e harness: the built renderer served over http://127.0.0.1:<port> with the app's CSP, and
 * `window.c4c` bridged to the REAL main-process handler table (createServices + createHandlerTable
 * + the IPC door), with a real OS keychain and a fresh data folder. Only Electron itself is absent
 * (its binary cannot be downloaded here); the preload is replaced by the same buildApi.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import { OsKeychain } from '../../../electron/core/keychain/os-keychain';
import { useWorkerFile } from '../../../electron/core/worker/runner';
import type { Keychain } from '../../../electron/core/keychain/keychain';
import { openDataStore } from '../../../electron/core/store/open-store';
import { watchForOutsideChanges } from '../../../electron/core/store/watch';
import { SECURITY_HEADERS } from '../../../electron/main/csp';
import { createHandlerTable } from '../../../electron/main/handlers/index';
import { createDoor, type Dispatch } from '../../../electron/main/ipc-door';
import { resolveRendererFile } from '../../../electron/main/renderer-files';
import { createServices, type Services } from '../../../electron/main/services';
import type { AppInfo } from '../../../shared/contract/app';
import type { AppEvents } from '../../../shared/events';
import { testHost, type TestHost } from '../../support/test-host';

const ROOT = resolve(import.meta.dirname, '../../..');
export const RENDERER_ROOT = join(ROOT, 'out/renderer');

let bridgeScript: string | undefined;
/** The bridge, bundled once per process from TypeScript into a classic script. */
export function bridge(): string {
  bridgeScript ??= buildSync({
    entryPoints: [join(import.meta.dirname, 'bridge-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  }).outputFiles[0]!.text;
  return bridgeScript;
}

export interface RendererServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves the built renderer the way the app:// protocol does: same file mapping, same headers. */
export async function startRendererServer(root = RENDERER_ROOT): Promise<RendererServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const hit = resolveRendererFile(root, url.pathname);
    if (!hit) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = readFileSync(hit.file);
      res
        .writeHead(200, { 'Content-Type': hit.mime, ...SECURITY_HEADERS, 'Cache-Control': 'no-store' })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export interface AppHarness {
  dataFolder: string;
  services: Services;
  host: TestHost;
  dispatch: Dispatch;
  keychain: Keychain;
  /** Push a main-process event to the page (menus, reminders). */
  emit<E extends keyof AppEvents>(event: E, payload: AppEvents[E]): Promise<void>;
  nextSavePath(path: string | null): void;
  /**
   * Calls on this channel wait (before the real handler runs) until the returned release is
   * called: a test sees the screen while, say, a password is still being saved, without timing.
   */
  hold(channel: string): () => void;
  /**
   * Calls on this channel get `result` instead of the handler's answer until the returned restore
   * is called: a test sees what the page does with an answer main gives rarely (a failure).
   */
  answerWith(channel: string, result: unknown): () => void;
  /** Open the app page (again: a reload keeps the same data folder and services). */
  open(): Promise<void>;
  dispose(): Promise<void>;
}

export interface HarnessOptions {
  dataFolder?: string;
  /** Keychain service name; unique per test so tests never see each other's vault keys. */
  keychainService?: string;
  /** Seed the store before the page opens. */
  seed?: (services: Services) => void | Promise<void>;
  /**
   * Rewrites what app:info answers (the real handler's answer goes in): only for screenshots of
   * the About screen, which would otherwise show this harness ("0.0.0-e2e", a temp folder).
   */
  appInfo?: (info: AppInfo) => AppInfo;
}

const revive = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.__bytes === 'string' && Object.keys(record).length === 1) {
      return new Uint8Array(Buffer.from(record.__bytes, 'base64'));
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, revive(v)]));
  }
  return value;
};

/**
 * A handler's result as JSON text, bytes tagged as the bridge tags requests. Playwright serializes
 * a returned object value by value: Home's overview with 50 connections took ~200 ms per call where
 * the same text takes ~20 ms, and Electron's structured clone about nothing, so the harness, not
 * the app, was the slow part of the start figures (npm run bench). The bridge parses it back.
 */
function toJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    // `this[key]` is the value before Buffer's own toJSON turned it into { type, data }.
    const original = this[key];
    return original instanceof Uint8Array ? { __bytes: Buffer.from(original).toString('base64') } : v;
  });
}

export async function createAppHarness(
  context: BrowserContext,
  page: Page,
  origin: string,
  options: HarnessOptions = {},
): Promise<AppHarness> {
  // The handlers run from TypeScript here; their worker thread (key derivation, XML) is the one the
  // app ships: out/main/core-worker.cjs, self-contained.
  useWorkerFile(join(ROOT, 'out/main/core-worker.cjs'));
  const dataFolder = options.dataFolder ?? mkdtempSync(join(tmpdir(), 'c4c-e2e-'));
  const keychain = new OsKeychain(
    options.keychainService ?? `C4C Connect e2e ${randomBytes(4).toString('hex')}`,
  );
  const host = testHost();
  const opened = openDataStore(dataFolder);
  const services = createServices({
    name: 'C4C Connect',
    version: '0.0.0-e2e',
    dataFolder,
    opened,
    keychain,
    host,
  });
  await options.seed?.(services);
  const table = createHandlerTable(services);
  const rewriteInfo = options.appInfo;
  if (rewriteInfo) {
    const info = table['app:info'];
    table['app:info'] = async (req) => rewriteInfo(await info(req));
  }
  const dispatch = createDoor(table, {
    isTrusted: (sender) => sender.url.startsWith(`${origin}/`),
    logError: (channel, error) => console.error(`[ipc] ${channel}`, error),
  });
  const held = new Map<string, Promise<void>>();
  const answers = new Map<string, unknown>();
  // The page's calls arrive over a raw CDP binding and answers go back with one Runtime.evaluate:
  // Playwright's exposeBinding first loads its utility script into the page and serialises every
  // argument with it, ~30-45 ms of the page's main thread at start that Electron's ipcRenderer
  // does not cost (npm run bench measured the harness as much as the app). The sender's frame (its
  // URL, whether it is the top frame) comes from the browser's own frame events, not from the page.
  const cdp = await context.newCDPSession(page);
  const frames = new Map<string, { url: string; parentId: string | undefined }>();
  const frameOfContext = new Map<number, string>();
  cdp.on('Page.frameNavigated', ({ frame }) => {
    frames.set(frame.id, { url: frame.url, parentId: frame.parentId });
  });
  cdp.on('Runtime.executionContextCreated', ({ context: created }) => {
    const aux = created.auxData as { frameId?: string; isDefault?: boolean } | undefined;
    if (aux?.isDefault && aux.frameId) frameOfContext.set(created.id, aux.frameId);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
    frameOfContext.delete(executionContextId);
  });
  cdp.on('Runtime.bindingCalled', ({ name, payload, executionContextId }) => {
    if (name !== '__c4cSend') return;
    void (async () => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(payload);
      } catch {
        return; // not our bridge's call: nothing to answer
      }
      const call = parsed as { id?: unknown; channel?: unknown; req?: unknown } | null;
      if (typeof call?.id !== 'number' || typeof call.channel !== 'string') return;
      const { id, channel, req } = call as { id: number; channel: string; req: unknown };
      await held.get(channel);
      const frameId = frameOfContext.get(executionContextId);
      const frame = frameId === undefined ? undefined : frames.get(frameId);
      const result = answers.has(channel)
        ? answers.get(channel)
        : await dispatch(channel, revive(req), {
            url: frame?.url ?? '',
            isMainFrame: frame !== undefined && frame.parentId === undefined,
          });
      await cdp
        .send('Runtime.evaluate', {
          contextId: executionContextId,
          expression: `window.__c4cReply(${id}, ${JSON.stringify(toJson(result))})`,
        })
        // The page went away (navigation, close) before the answer: nobody waits for it.
        .catch(() => undefined);
    })();
  });
  await cdp.send('Page.enable');
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: '__c4cSend' });
  await context.addInitScript({ content: bridge() });
  const harness: AppHarness = {
    dataFolder,
    services,
    host,
    dispatch,
    keychain,
    emit: async (event, payload) => {
      await page.evaluate(([e, p]) => window.__c4cEmit?.(e, p), [event, payload] as const);
    },
    nextSavePath: (path) => host.nextSavePath(path),
    hold: (channel) => {
      let release: () => void = () => undefined;
      held.set(
        channel,
        new Promise<void>((done) => {
          release = () => {
            held.delete(channel);
            done();
          };
        }),
      );
      return () => release();
    },
    answerWith: (channel, result) => {
      answers.set(channel, result);
      return () => answers.delete(channel);
    },
    open: async () => {
      await page.goto(`${origin}/index.html`);
      await page.locator('[data-app-ready="true"]').waitFor({ timeout: 20_000 });
    },
    dispose: async () => {
      stopWatching();
      await services.dispose();
    },
  };
  // As main does: another process's change to the store reaches the page as 'data:changed'.
  const stopWatching = watchForOutsideChanges(
    opened.store,
    () => void harness.emit('data:changed', {}).catch(() => undefined),
  );
  return harness;
}
