import { HandoverPanel } from '../../handover/HandoverPanel';
import { useTranslation } from 'react-i18next';
import { StepHelp } from '../StepHelp';
import type { StepProps } from '../step-props';

/** Hand-over: the OData receiver adapter's fields for Cloud Integration (the hand-over panel). */
export function HandoverStep({ connectionId, queryUrl }: StepProps) {
  const { t } = useTranslation('wizard');
  return (
    <div className="step-body" data-testid="wz-handover">
      <StepHelp text={t('handover.help')} />
      {connectionId && <HandoverPanel connectionId={connectionId} url={queryUrl || undefined} />}
    </div>
  );
}
