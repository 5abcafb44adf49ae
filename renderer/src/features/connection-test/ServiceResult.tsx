import { MessageStrip, Title } from '@ui5/webcomponents-react';
import { useTranslation } from 'react-i18next';
import type { ServiceTestResult, TestResult } from '../../../../shared/domain/diagnosis';
import { StageChart } from './StageChart';

type Level = 'H3' | 'H4' | 'H5';

/** One diagnosis: title by code in the UI language, the advice as main wrote it, the URL it called. */
export function Diagnosis({ result, testId }: { result: TestResult | ServiceTestResult; testId: string }) {
  const { t } = useTranslation('connection-test');
  return (
    <div
      className={`ct-diagnosis ${result.ok ? 'ct-ok' : 'ct-fail'}`}
      data-testid={testId}
      data-code={result.diagnosis.code}
    >
      <MessageStrip design={result.ok ? 'Positive' : 'Negative'} hideCloseButton>
        <strong>{t(`codes.${result.diagnosis.code}`, { defaultValue: result.diagnosis.title })}</strong>
      </MessageStrip>
      {result.url && (
        <p className="ct-url" data-testid={`${testId}-url`}>
          {t('called')} <code>{result.url}</code>
        </p>
      )}
      <ul className="ct-advice" aria-label={t('advice')}>
        {result.diagnosis.advice.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

/** Every service of the arrangement with its own result, diagnosis and stages. */
export function ServiceResults({ services, level }: { services: ServiceTestResult[]; level: Level }) {
  const { t } = useTranslation('connection-test');
  return (
    <ol className="ct-services" aria-label={t('services')}>
      {services.map((s) => (
        <li
          key={s.url}
          className="ct-service"
          data-testid="ct-service"
          data-service={s.service}
          data-code={s.diagnosis.code}
        >
          <Title level={level} size="H5">
            {t('service', { name: s.service })}
          </Title>
          <Diagnosis result={s} testId={`ct-service-${s.service}`} />
          {s.stages.length > 0 && <StageChart stages={s.stages} />}
        </li>
      ))}
    </ol>
  );
}
