import { HandoverPanel } from '../../handover/HandoverPanel';
import type { StepProps } from '../step-props';

/** Hand-over: the OData receiver adapter's fields for Cloud Integration (the hand-over panel, with its own help). */
export function HandoverStep({ connectionId, queryUrl }: StepProps) {
  return (
    <div className="step-body" data-testid="wz-handover">
      {connectionId && <HandoverPanel connectionId={connectionId} url={queryUrl || undefined} />}
    </div>
  );
}
