import { Button, MessageStrip, Text } from '@ui5/webcomponents-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Handover } from '../../../../../shared/contract/odata';
import { api } from '../../../api';
import { CopyField } from '../CopyField';
import { StepHelp } from '../StepHelp';
import type { StepProps } from '../step-props';

/** Hand-over: the OData receiver adapter's fields for Cloud Integration, with copy buttons. */
export function HandoverStep({ connectionId }: StepProps) {
  const { t } = useTranslation('wizard');
  const [handover, setHandover] = useState<Handover | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    if (!connectionId) return;
    void api.handover.get({ connectionId }).then((r) => {
      if (r.ok) setHandover(r.value);
      else setError(r.error.message);
    });
  }, [connectionId]);
  const exportText = async () => {
    if (!connectionId) return;
    const r = await api.handover.export({ connectionId });
    if (r.ok && r.value.saved) setSaved(r.value.file);
    else if (!r.ok) setError(r.error.message);
  };
  return (
    <div className="step-body" data-testid="wz-handover">
      <StepHelp text={t('handover.help')} />
      {handover && (
        <div className="copy-list">
          {handover.fields.map((f) => (
            <div key={f.key}>
              <CopyField label={f.label} value={f.value} testId={`handover-${f.key}`} />
              <Text className="field-hint">{f.note}</Text>
            </div>
          ))}
        </div>
      )}
      <Button onClick={() => void exportText()} disabled={!handover} data-testid="wz-handover-export">
        {t('handover.export')}
      </Button>
      {saved && (
        <MessageStrip design="Positive" hideCloseButton>
          {t('handover.saved', { file: saved })}
        </MessageStrip>
      )}
      {error && (
        <MessageStrip design="Negative" hideCloseButton role="alert">
          {error}
        </MessageStrip>
      )}
    </div>
  );
}
