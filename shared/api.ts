/**
 * The renderer's API, derived from the contract: `api.settings.get({})`, `api.keypair.import(req)`.
 * Named functions only, never a generic invoke (Electron security checklist: limit what the
 * renderer can reach). Built by the preload with ipcRenderer, and by the e2e harness with a
 * Playwright binding, from the same code.
 */
import type { Result } from './result';
import type { Channel, RequestOf, ResponseOf } from './contract/index';
import type { AppEvent, AppEvents } from './events';

type Namespace<C extends string> = C extends `${infer N}:${string}` ? N : never;
type Method<C extends string, N extends string> = C extends `${N}:${infer M}` ? M : never;
type Camel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;

export type Api = {
  [N in Namespace<Channel>]: {
    [C in Channel as C extends `${N}:${string}` ? Camel<Method<C, N>> : never]: (
      req: RequestOf<C>,
    ) => Promise<Result<ResponseOf<C>>>;
  };
} & {
  on<E extends AppEvent>(event: E, listener: (payload: AppEvents[E]) => void): () => void;
};

export type Invoke = (channel: string, req: unknown) => Promise<unknown>;
export type Subscribe = (event: string, listener: (payload: unknown) => void) => () => void;

const camel = (s: string): string => s.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

export function buildApi(
  channels: readonly string[],
  events: readonly string[],
  invoke: Invoke,
  subscribe: Subscribe,
): Api {
  const api: Record<string, Record<string, unknown>> = {};
  for (const name of channels) {
    const [ns, verb] = name.split(':') as [string, string];
    const group = (api[ns] ??= {});
    group[camel(verb)] = (req: unknown) => invoke(name, req);
  }
  const on = (event: string, listener: (payload: unknown) => void) => {
    if (!events.includes(event)) throw new Error(`unknown event ${event}`);
    return subscribe(event, listener);
  };
  return Object.freeze({ ...api, on }) as unknown as Api;
}
