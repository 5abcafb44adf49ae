/**
 * Runs in the page before the app, in place of the preload: builds `window.c4c` with the same
 * buildApi the preload uses, over a CDP binding (`__c4cSend`, one string out) to the real handler
 * table; the harness answers by calling `__c4cReply(id, text)`. Bytes travel as tagged base64
 * because the binding carries text only, and results come back as JSON text (toJson in
 * app-harness.ts says why); the preload's structured clone needs neither.
 */
import { buildApi } from '../../../shared/api';
import { CHANNELS } from '../../../shared/contract/channels';
import { APP_EVENTS } from '../../../shared/events';

declare global {
  interface Window {
    __c4cSend?: (payload: string) => void;
    __c4cReply?: (id: number, text: string) => void;
    __c4cEmit?: (event: string, payload: unknown) => void;
  }
}

function encode(value: unknown): unknown {
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) {
    const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : value;
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { __bytes: btoa(binary) };
  }
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  }
  return value;
}

/** A result as the harness sends it (JSON text, bytes tagged), back to values. */
function decode(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  return JSON.parse(text, (_key, value: unknown) => {
    const record = value as Record<string, unknown> | null;
    if (
      record &&
      typeof record === 'object' &&
      typeof record.__bytes === 'string' &&
      Object.keys(record).length === 1
    ) {
      return Uint8Array.from(atob(record.__bytes), (c) => c.charCodeAt(0));
    }
    return value;
  });
}

const listeners = new Map<string, Set<(payload: unknown) => void>>();
const waiting = new Map<number, (text: string) => void>();
let sent = 0;

function invoke(channel: string, req: unknown): Promise<unknown> {
  const send = window.__c4cSend;
  if (!send) return Promise.reject(new Error('harness binding missing'));
  const id = ++sent;
  return new Promise((resolve) => {
    waiting.set(id, (text) => resolve(decode(text)));
    send(JSON.stringify({ id, channel, req: encode(req) }));
  });
}

Object.defineProperty(window, '__c4cReply', {
  value: (id: number, text: string) => {
    const done = waiting.get(id);
    waiting.delete(id);
    done?.(text);
  },
  writable: false,
  configurable: false,
});

const api = buildApi(
  CHANNELS,
  APP_EVENTS,
  invoke,
  (event, listener) => {
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  },
);

Object.defineProperty(window, 'c4c', { value: api, writable: false, configurable: false });
Object.defineProperty(window, '__c4cEmit', {
  value: (event: string, payload: unknown) => {
    for (const l of listeners.get(event) ?? []) l(payload);
  },
  writable: false,
  configurable: false,
});
