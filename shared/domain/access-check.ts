/**
 * The authorization matrix (issue 13): every service of the arrangement × the entity sets the user
 * picked, each read with $top=1. The shape of `c4c-connect check --json` and of `connection:check`.
 */
import { z } from 'zod';
import { DiagnosisCode } from './diagnosis';

/** The connection test's diagnoses, plus: no answer at all, and stopped by Cancel. */
export const AccessOutcome = z.union([DiagnosisCode, z.enum(['UNREACHABLE', 'CANCELLED'])]);
export type AccessOutcome = z.infer<typeof AccessOutcome>;

export const AccessCell = z.object({
  service: z.string(),
  /** null: the service document itself (GET on the service root). */
  entitySet: z.string().nullable(),
  url: z.string(),
  outcome: AccessOutcome,
  status: z.number().nullable(),
  title: z.string(),
  advice: z.array(z.string()),
  /** C4C's own error message, when it sent one. */
  message: z.string().nullable(),
  ms: z.number(),
});
export type AccessCell = z.infer<typeof AccessCell>;

export const AccessMatrix = z.object({
  ok: z.boolean(),
  services: z.array(z.string()),
  entitySets: z.array(z.string()),
  cells: z.array(AccessCell),
  startedAt: z.string(),
  ms: z.number(),
});
export type AccessMatrix = z.infer<typeof AccessMatrix>;

export const AccessProgress = z.object({ done: z.number(), total: z.number(), running: z.boolean() });
export type AccessProgress = z.infer<typeof AccessProgress>;
