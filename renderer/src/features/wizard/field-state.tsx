import type ValueState from '@ui5/webcomponents-base/dist/types/ValueState.js';
import type { UI5WCSlotsNode } from '@ui5/webcomponents-react';
import { useTranslation } from 'react-i18next';

/**
 * A field's value state with its own message (UI5's value-state message), so a wrong field says
 * once, in its own words, what is wrong; without a message UI5 would show a generic "Invalid entry".
 * `key` is a wizard i18n key; `text` a sentence as main wrote it.
 */
export function useFieldState() {
  const { t } = useTranslation('wizard');
  return (
    id: string,
    problem: { key?: string | undefined; text?: string | undefined },
  ): { valueState: keyof typeof ValueState; valueStateMessage?: UI5WCSlotsNode } => {
    const message = problem.text ?? (problem.key ? t(problem.key) : undefined);
    if (!message) return { valueState: 'None' };
    return {
      valueState: 'Negative',
      valueStateMessage: <div data-testid={`error-${id}`}>{message}</div>,
    };
  };
}
