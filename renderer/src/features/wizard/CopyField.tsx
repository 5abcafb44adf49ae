import { Label } from '@ui5/webcomponents-react';
import type { ReactNode } from 'react';
import { CopyButton } from '../../components/CopyButton';

/**
 * A value the consultant types into C4C or Cloud Integration, with its exact field name and a copy
 * button right beside the value (copying avoids the typo that costs an hour of "401").
 */
export function CopyField({
  label,
  value,
  testId,
  extra,
}: {
  label: string;
  value: string;
  testId?: string;
  /** More actions after the copy button (e.g. "Open folder"). */
  extra?: ReactNode;
}) {
  return (
    <div className="copy-field" data-testid={testId}>
      <Label showColon>{label}</Label>
      <span className="copy-field-value-row">
        <code className="copy-field-value" data-testid={testId ? `${testId}-value` : undefined}>
          {value || '—'}
        </code>
        <CopyButton value={value} label={label} testId={testId ? `${testId}-copy` : undefined} />
        {extra}
      </span>
    </div>
  );
}
