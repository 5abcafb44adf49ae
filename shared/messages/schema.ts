/**
 * The schema of a keyed message where it crosses a boundary (IPC, stored test results). Apart from
 * ./say.ts so the renderer, which only says messages, does not load zod for them.
 */
import { z } from 'zod';

export const Params = z.record(z.string(), z.union([z.string(), z.number()]));
export const Message = z.object({ key: z.string().max(100), params: Params.optional() });
