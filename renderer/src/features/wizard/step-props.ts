import type { Draft, StepErrors } from './wizard-model';

export interface StepProps {
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
  errors: StepErrors;
  /** The saved connection (from the tenant step on). */
  connectionId: string | null;
  /** The query built or run in the metadata step; the hand-over takes resource path and options from it. */
  queryUrl: string;
  setQueryUrl: (url: string) => void;
  /** Saves the draft as the connection (and checks the tenant); the id, or null with the problem shown. */
  saveDraft: () => Promise<string | null>;
  /** The credentials step tells whether the chosen key pair's certificate is out of its validity. */
  setKeyPairUnusable: (unusable: boolean) => void;
}
