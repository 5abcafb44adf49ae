import { useTranslation } from 'react-i18next';
import { STEPS, type WizardStep } from './wizard-model';

/** Where the user is: an ordered list, the current step marked for screen readers too. */
export function StepIndicator({ current }: { current: WizardStep }) {
  const { t } = useTranslation('wizard');
  const at = STEPS.indexOf(current);
  return (
    <ol className="step-indicator" aria-label={t('progress')}>
      {STEPS.map((s, i) => (
        <li
          key={s}
          className={i < at ? 'done' : i === at ? 'current' : undefined}
          aria-current={i === at ? 'step' : undefined}
          data-testid={`wz-indicator-${s}`}
        >
          <span className="step-number" aria-hidden="true">
            {i + 1}
          </span>
          {t(`steps.${s}`)}
        </li>
      ))}
    </ol>
  );
}
