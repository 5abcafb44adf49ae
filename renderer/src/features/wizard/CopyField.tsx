import { Button, Label } from '@ui5/webcomponents-react';
import '@ui5/webcomponents-icons/dist/copy.js';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A value the consultant types into C4C or Cloud Integration, with its exact field name and a copy
 * button (copying avoids the typo that costs an hour of "401").
 */
export function CopyField({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      // Clipboard refused (no focus, policy): the value stays selectable on screen.
    }
  };
  return (
    <div className="copy-field" data-testid={testId}>
      <Label id={`${id}-label`} showColon>
        {label}
      </Label>
      <code className="copy-field-value" data-testid={testId ? `${testId}-value` : undefined}>
        {value || '—'}
      </code>
      <Button
        icon="copy"
        design="Transparent"
        accessibleName={`${t('actions.copy')}: ${label}`}
        tooltip={t('actions.copy')}
        disabled={!value}
        onClick={() => void copy()}
      >
        {copied ? t('actions.copied') : ''}
      </Button>
    </div>
  );
}
