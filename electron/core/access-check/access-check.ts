/**
 * "Did I tick every service my integration needs?": for each service of the arrangement, GET its
 * service document and `<set>?$top=1` for each entity set the user picked, at most four requests in
 * flight, with progress and Cancel. Each answer gets the connection test's diagnosis and advice.
 */
import { performance } from 'node:perf_hooks';
import type { AccessCell, AccessMatrix, AccessOutcome } from '../../../shared/domain/access-check';
import { classifyHttp } from '../connection/classify';
import { accessText } from '../../../shared/messages/access';
import { destroy, ERROR_PAGE_BYTES, readCapped } from '../connection/capped-body';
import { odataErrorMessage, type HttpGet } from '../odata/http';

export const MAX_IN_FLIGHT = 4;

export interface ServiceToCheck {
  name: string;
  /** Absolute service root with a trailing slash. */
  root: string;
}

export interface CheckOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  now?: () => Date;
  /** At most this many requests at once (default and maximum 4). */
  concurrency?: number;
}

interface Planned {
  service: string;
  entitySet: string | null;
  url: string;
}

/** Entity set names as OData allows them: letters, digits, underscore (no paths, no queries). */
export const ENTITY_SET_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

export function plan(services: ServiceToCheck[], entitySets: string[]): Planned[] {
  return services.flatMap((s) => [
    { service: s.name, entitySet: null, url: s.root },
    ...entitySets.map((set) => ({ service: s.name, entitySet: set, url: `${s.root}${set}?$top=1` })),
  ]);
}

/** The body of a refusal, read up to the core's error-page cap (its OData message is short). */
async function readSmallBody(body: AsyncIterable<Uint8Array>, signal?: AbortSignal): Promise<string> {
  const { bytes } = await readCapped(body, ERROR_PAGE_BYTES, signal ? { signal } : {});
  return bytes.toString('utf8');
}

function cell(
  p: Planned,
  outcome: AccessOutcome,
  status: number | null,
  message: string | null,
  ms: number,
): AccessCell {
  // English here; the window and the CLI say it again in their language from the outcome code.
  const text = accessText('en', outcome);
  return { ...p, outcome, status, title: text.title, advice: text.advice, message, ms: Math.round(ms) };
}

async function checkOne(get: HttpGet, p: Planned, signal?: AbortSignal): Promise<AccessCell> {
  if (signal?.aborted) return cell(p, 'CANCELLED', null, null, 0);
  const started = performance.now();
  try {
    const res = await get(p.url, {
      headers: { Accept: 'application/atom+xml,application/xml;q=0.9,application/json;q=0.8' },
      ...(signal ? { signal } : {}),
    });
    // Only a failure's body matters (its error message); a success is not read past its status.
    const ok = res.status >= 200 && res.status < 300;
    const text = ok ? '' : await readSmallBody(res.body, signal);
    if (ok) destroy(res.body);
    const finding = classifyHttp({ status: res.status, headers: res.headers, body: text, url: p.url });
    return cell(
      p,
      finding?.code ?? 'OK',
      res.status,
      ok ? null : odataErrorMessage(text),
      performance.now() - started,
    );
  } catch {
    return cell(p, signal?.aborted ? 'CANCELLED' : 'UNREACHABLE', null, null, performance.now() - started);
  }
}

/** Runs the plan with at most `concurrency` requests in flight; cells come back in plan order. */
export async function checkAccess(
  get: HttpGet,
  services: ServiceToCheck[],
  entitySets: string[],
  options: CheckOptions = {},
): Promise<AccessMatrix> {
  const startedAt = (options.now ?? (() => new Date()))();
  const t0 = performance.now();
  const todo = plan(services, entitySets);
  const cells: AccessCell[] = new Array<AccessCell>(todo.length);
  const limit = Math.max(1, Math.min(MAX_IN_FLIGHT, options.concurrency ?? MAX_IN_FLIGHT));
  let next = 0;
  let done = 0;
  options.onProgress?.(0, todo.length);
  const lane = async () => {
    while (next < todo.length) {
      const i = next++;
      const p = todo[i] as Planned;
      cells[i] = await checkOne(get, p, options.signal);
      options.onProgress?.(++done, todo.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, todo.length) }, lane));
  return {
    ok: cells.every((c) => c.outcome === 'OK'),
    services: services.map((s) => s.name),
    entitySets,
    cells,
    startedAt: startedAt.toISOString(),
    ms: Math.round(performance.now() - t0),
  };
}
