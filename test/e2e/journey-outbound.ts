/**
 * The offline promise, checked: every outbound connection opened in this process (where the e2e
 * harness runs the real main-process handlers) is recorded. net.Socket.prototype.connect is the one
 * door: net.connect, tls.connect, https and axios all pass it (diagnostics_channel's
 * 'net.client.socket' misses tls.connect on Node 20).
 */
import net from 'node:net';

export interface Outbound {
  host: string;
  port: number | null;
  path: string | null;
}

export interface OutboundRecorder {
  readonly seen: Outbound[];
  stop(): void;
}

function destination(args: unknown[]): Outbound {
  // net.connect normalises its arguments to [options, callback] and passes that array along.
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  if (first && typeof first === 'object') {
    const o = first as { host?: string; port?: number | string; path?: string };
    return {
      host: o.host ?? 'localhost',
      port: o.port === undefined ? null : Number(o.port),
      path: o.path ?? null,
    };
  }
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    return { host: typeof args[1] === 'string' ? args[1] : 'localhost', port: Number(first), path: null };
  }
  return { host: 'localhost', port: null, path: typeof first === 'string' ? first : null };
}

export function recordOutbound(): OutboundRecorder {
  const seen: Outbound[] = [];
  const proto = net.Socket.prototype as unknown as { connect: (...args: unknown[]) => net.Socket };
  const original = proto.connect;
  proto.connect = function (this: net.Socket, ...args: unknown[]) {
    seen.push(destination(args));
    return original.apply(this, args);
  };
  return {
    seen,
    stop: () => {
      proto.connect = original;
    },
  };
}

/** Anything that went elsewhere than the tenant (host:port) or the proxy. */
export function strayConnections(seen: readonly Outbound[], allowed: readonly string[]): string[] {
  const ok = new Set(allowed.map((a) => a.toLowerCase()));
  return seen
    .map((o) => (o.path ? `unix:${o.path}` : `${o.host}:${String(o.port)}`).toLowerCase())
    .filter((d) => !ok.has(d) && !ok.has(d.replace(/^localhost:/, '127.0.0.1:')));
}
