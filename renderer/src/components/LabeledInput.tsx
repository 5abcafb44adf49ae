import { Input, Label } from '@ui5/webcomponents-react';
import type { ComponentProps } from 'react';

type InputProps = ComponentProps<typeof Input>;

interface Props {
  id: string;
  /** The label, also the field's accessible name. */
  label: string;
  testId: string;
  value: string;
  onInput: (value: string) => void;
  required?: boolean;
  type?: InputProps['type'];
  maxlength?: number;
  valueState?: InputProps['valueState'];
  /** Enter in the field (submits the form where there is one action). */
  onEnter?: () => void;
}

/** A text field with its label in a form grid: label first, the field named by it. */
export function LabeledInput({
  id,
  label,
  testId,
  value,
  onInput,
  required,
  type,
  maxlength,
  valueState,
  onEnter,
}: Props) {
  return (
    <>
      <Label for={id} showColon required={required}>
        {label}
      </Label>
      <Input
        id={id}
        type={type}
        accessibleName={label}
        value={value}
        maxlength={maxlength}
        valueState={valueState}
        data-testid={testId}
        onInput={(e) => onInput(e.target.value)}
        onKeyDown={
          onEnter
            ? (e) => {
                if (e.key === 'Enter') onEnter();
              }
            : undefined
        }
      />
    </>
  );
}
