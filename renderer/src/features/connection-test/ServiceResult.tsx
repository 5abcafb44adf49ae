import { MessageStrip, Title } from '@ui5/webcomponents-react';
import { useTranslation } from 'react-i18next';
import type {
  Diagnosis as DiagnosisData,
  ServiceTestResult,
  TestResult,
} from '../../../../shared/domain/diagnosis';
import { lines as sayLines, say, type Lang } from '../../../../shared/messages/say';
import { CopyCommandButtons } from '../../components/CopyCommandButtons';
import { sayOnScreen, useMessages } from '../../i18n/messages';
import { StageChart } from './StageChart';

type Line = { key: string; params?: Record<string, string | number> };

/** One advice line; C4C's own error is quoted as C4C wrote it, marked with its language. */
function AdviceLine({ lang, line }: { lang: Lang; line: Line }) {
  if (line.key !== 'finding.c4cError') return <>{sayOnScreen(lang, line)}</>;
  const p = line.params ?? {};
  const quoted = [p.code, p.message].filter((v) => v !== undefined && v !== '').join(' ');
  return (
    <>
      {say(lang, 'finding.c4cSaid', { status: p.status ?? '' })}{' '}
      {/* dir="auto": C4C's text in its own direction, and kept apart from the sentence around it. */}
      <q lang={String(p.lang ?? 'en')} dir="auto" data-testid="ct-c4c-error">
        {quoted}
      </q>
    </>
  );
}

/** The advice in the UI language: this test's keyed lines, then the advice of its code. */
function adviceLines(lang: Lang, d: DiagnosisData): Line[] {
  // A result stored before lines were keyed carries only English sentences: show them in English UI.
  if (!d.lines && lang === 'en') return d.advice.map((a) => ({ key: a }));
  const specific = (d.lines ?? []).map((l) =>
    l.key === 'finding.c4cError' && d.c4c?.lang ? { ...l, params: { ...l.params, lang: d.c4c.lang } } : l,
  );
  return [...specific, ...sayLines(lang, `diagnosis.${d.code}.advice`).map((a) => ({ key: a }))];
}

type Level = 'H3' | 'H4' | 'H5';

/**
 * One diagnosis in the UI language (shared/messages): title and advice by code, this test's lines
 * from their keys, C4C's own error quoted; and the URL it called.
 */
export function Diagnosis({ result, testId }: { result: TestResult | ServiceTestResult; testId: string }) {
  const { t } = useTranslation('connection-test');
  const { lang } = useMessages();
  return (
    <div
      className={`ct-diagnosis ${result.ok ? 'ct-ok' : 'ct-fail'}`}
      data-testid={testId}
      data-code={result.diagnosis.code}
    >
      <MessageStrip design={result.ok ? 'Positive' : 'Negative'} hideCloseButton>
        <strong>{say(lang, `diagnosis.${result.diagnosis.code}.title`)}</strong>
      </MessageStrip>
      {result.url && (
        <p className="ct-url" data-testid={`${testId}-url`}>
          {t('called')} <code>{result.url}</code>
        </p>
      )}
      <ul className="ct-advice" aria-label={t('advice')}>
        {adviceLines(lang, result.diagnosis).map((line, i) => (
          <li key={`${String(i)}-${line.key}`}>
            <AdviceLine lang={lang} line={line} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Every service of the arrangement with its own result, diagnosis and stages, and (for a saved
 * connection) its own request as a curl or PowerShell command: each service is tried on its own.
 */
export function ServiceResults({
  services,
  level,
  connectionId = null,
}: {
  services: ServiceTestResult[];
  level: Level;
  connectionId?: string | null;
}) {
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
          {connectionId && (
            <div className="ct-actions" data-testid={`ct-service-${s.service}-actions`}>
              <CopyCommandButtons
                connectionId={connectionId}
                url={s.url}
                testIdPrefix={`ct-service-${s.service}`}
              />
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
