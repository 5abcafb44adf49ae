/**
 * The core worker's V8 limits (Node's Worker `resourceLimits`,
 * https://nodejs.org/api/worker_threads.html#new-workerfilename-options). Only the young generation
 * is bounded: a `$metadata` parse keeps most of what it makes (the model), and with that much
 * surviving V8 grows the young generation to its default maximum, about 30 MB of peak RSS more on
 * the 28 MB document (npm run bench, issue 14) for no speed. 16 MB held the peak at the level of a
 * bare saxes pass in time and memory; the old generation stays unbounded (no out-of-memory limit).
 */
export const WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 16 } as const;
