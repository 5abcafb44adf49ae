import { useTranslation } from 'react-i18next';
import { STEPS, type WizardStep } from './wizard-model';

/**
 * Where the user is: an ordered list, the current step marked for screen readers too. Visited steps
 * are buttons back to them, as the progress bar of SAP Fiori's wizard floorplan offers
 * (https://experience.sap.com/fiori-design-web/v1-88/wizard); later ones are reached with Next.
 */
export function StepIndicator({ current, onGo }: { current: WizardStep; onGo: (step: WizardStep) => void }) {
  const { t } = useTranslation('wizard');
  const at = STEPS.indexOf(current);
  return (
    <nav aria-label={t('progress')}>
      <ol className="step-indicator">
        {STEPS.map((s, i) => {
          const label = (
            <>
              <span className="step-number" aria-hidden="true">
                {i + 1}
              </span>
              <span className="step-label">{t(`steps.${s}`)}</span>
            </>
          );
          return (
            <li
              key={s}
              className={i < at ? 'done' : i === at ? 'current' : undefined}
              aria-current={i === at ? 'step' : undefined}
              data-testid={`wz-indicator-${s}`}
            >
              {i < at ? (
                <button type="button" className="step-link" onClick={() => onGo(s)}>
                  {label}
                </button>
              ) : (
                label
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
