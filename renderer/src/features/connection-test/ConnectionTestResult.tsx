import { Button, MessageStrip, Title } from '@ui5/webcomponents-react';
import { useTranslation } from 'react-i18next';
import type { TestResult } from '../../../../shared/domain/diagnosis';
import { StageChart } from './StageChart';
import { TestHistory } from './TestHistory';
import './connection-test.css';

export interface ConnectionTestResultProps {
  /** The latest result, or null before the first test. */
  result: TestResult | null;
  running: boolean;
  history?: TestResult[];
  onRetry: () => void;
  onCancel: () => void;
}

/**
 * The result screen of a connection test: the diagnosis (title by code in the UI language, the
 * advice as main wrote it), the stage timings, TLS details, Retry/Cancel and the history. Used by
 * the connection wizard's test step and the home screen.
 */
export function ConnectionTestResult({
  result,
  running,
  history = [],
  onRetry,
  onCancel,
}: ConnectionTestResultProps) {
  const { t } = useTranslation('connection-test');
  const code = result?.diagnosis.code;
  return (
    <section className="ct-result" aria-labelledby="ct-title" data-testid="connection-test-result">
      <Title level="H2" id="ct-title">
        {t('title')}
      </Title>
      {running && (
        <MessageStrip design="Information" hideCloseButton data-testid="ct-running">
          {t('running')}
        </MessageStrip>
      )}
      {result && !running && (
        <div
          className={`ct-diagnosis ${result.ok ? 'ct-ok' : 'ct-fail'}`}
          data-testid="ct-diagnosis"
          data-code={code}
        >
          <MessageStrip design={result.ok ? 'Positive' : 'Negative'} hideCloseButton>
            <strong>{t(`codes.${result.diagnosis.code}`, { defaultValue: result.diagnosis.title })}</strong>
          </MessageStrip>
          <ul className="ct-advice" aria-label={t('advice')}>
            {result.diagnosis.advice.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="ct-actions">
        <Button design="Emphasized" onClick={onRetry} disabled={running} data-testid="ct-retry">
          {result ? t('retry') : t('run')}
        </Button>
        <Button design="Transparent" onClick={onCancel} disabled={!running} data-testid="ct-cancel">
          {t('cancel')}
        </Button>
      </div>
      {result && result.stages.length > 0 && (
        <>
          <Title level="H3">{t('stages.title')}</Title>
          <StageChart stages={result.stages} />
        </>
      )}
      {result?.tls && (
        <dl className="ct-tls" data-testid="ct-tls">
          <dt>{t('tls.protocol')}</dt>
          <dd>{[result.tls.protocol, result.tls.cipher].filter(Boolean).join(' · ') || '—'}</dd>
          <dt>{t('tls.server')}</dt>
          <dd>{result.tls.serverCertificate?.subject ?? '—'}</dd>
          <dt>{t('tls.issuer')}</dt>
          <dd>{result.tls.serverCertificate?.issuer ?? '—'}</dd>
          <dt>{t('tls.validUntil')}</dt>
          <dd>
            {result.tls.serverCertificate
              ? new Date(result.tls.serverCertificate.notAfter).toLocaleDateString()
              : '—'}
          </dd>
          <dt>{t('tls.clientCertificate')}</dt>
          <dd>{result.tls.clientCertificateSent ? t('tls.sent') : t('tls.notSent')}</dd>
        </dl>
      )}
      {result?.http && <p className="ct-muted">{t('http.status', { status: result.http.status })}</p>}
      <Title level="H3">{t('history.title')}</Title>
      <TestHistory history={history} />
    </section>
  );
}
