import type { Draft, StepErrors } from './wizard-model';

export interface StepProps {
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
  errors: StepErrors;
  /** The saved connection (from the tenant step on). */
  connectionId: string | null;
}
