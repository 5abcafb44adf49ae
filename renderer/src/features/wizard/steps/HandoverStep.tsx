import { MessageStrip } from '@ui5/webcomponents-react';
import { useTranslation } from 'react-i18next';
import { HandoverPanel } from '../../handover/HandoverPanel';
import type { StepProps } from '../step-props';

/**
 * Hand-over: the OData receiver adapter's fields for Cloud Integration (the hand-over panel, with
 * its own help). It carries a query only when the user chose one in the metadata step, and says so.
 */
export function HandoverStep({ connectionId, queryUrl }: StepProps) {
  const { t } = useTranslation('wizard');
  return (
    <div className="step-body" data-testid="wz-handover">
      <MessageStrip design="Information" hideCloseButton data-testid="wz-handover-query">
        {queryUrl ? (
          <>
            {t('handover.withQuery')} <code>{queryUrl}</code>
          </>
        ) : (
          t('handover.noQuery')
        )}
      </MessageStrip>
      {connectionId && <HandoverPanel connectionId={connectionId} url={queryUrl || undefined} level="H3" />}
    </div>
  );
}
