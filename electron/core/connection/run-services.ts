/**
 * The connection test of a whole arrangement: every service root tested on its own, one after the
 * other (each with its own stages and diagnosis), so a second service without authorization or
 * with a wrong path is not hidden behind a first one that works.
 */
import type { ServiceTestResult, TestResult } from '../../../shared/domain/diagnosis';
import { runConnectionTest, type RunOptions } from './run-test';
import type { TenantTarget } from './target';

export interface ServiceTarget {
  /** The arrangement's name of the service. */
  service: string;
  target: TenantTarget;
}

export async function runServiceTests(
  targets: readonly ServiceTarget[],
  options: RunOptions = {},
): Promise<TestResult> {
  const services: ServiceTestResult[] = [];
  for (const { service, target } of targets) {
    const result = await runConnectionTest(target, options);
    services.push({ ...result, service, url: result.url ?? target.url });
  }
  // The first failing one speaks for the whole (history, Home); all pass -> the first one.
  const lead = services.find((s) => !s.ok) ?? services[0];
  if (!lead) throw new Error('runServiceTests needs at least one service');
  const totalMs = services.reduce((sum, s) => sum + (s.totalMs ?? 0), 0);
  return { ...lead, ok: services.every((s) => s.ok), totalMs, services };
}
