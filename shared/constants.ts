/**
 * Plain values both sides need. No zod here: the renderer imports these, and the contract's
 * schemas are built from them, so the schema library stays out of the renderer's bundle.
 */
export const LANGUAGES = ['system', 'en', 'de'] as const;

export const THEMES = ['system', 'light', 'dark'] as const;

export const ENVIRONMENTS = ['development', 'test', 'production'] as const;

/** A .p12 is a few KiB; anything over this is not a key pair (and would be a cheap way to hog memory). */
export const MAX_KEY_PAIR_FILE_BYTES = 1024 * 1024;

/** The guided setup's steps, in order (one file per step in renderer/src/features/wizard/steps). */
export const WIZARD_STEPS = [
  'tenant',
  'system',
  'arrangement',
  'credentials',
  'test',
  'metadata',
  'handover',
] as const;

/** The value when it is one of `options` (a select's data-value, say), else undefined. */
export function oneOf<T extends string>(options: readonly T[], value: unknown): T | undefined {
  return options.find((o) => o === value);
}
