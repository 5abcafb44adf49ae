import { Button, MessageStrip, Title } from '@ui5/webcomponents-react';
import { useTranslation } from 'react-i18next';
import type { TestResult } from '../../../../shared/domain/diagnosis';
import { formatDate } from '../../../../shared/messages/say';
import { useMessages } from '../../i18n/messages';
import { ResultActions } from './ResultActions';
import { Diagnosis, ServiceResults } from './ServiceResult';
import { StageChart } from './StageChart';
import { TestHistory } from './TestHistory';
import './connection-test.css';

/** 'unknown' where the TLS library cannot tell (Electron's BoringSSL): never shown as "not sent". */
const SENT_TEXT = { yes: 'tls.sent', no: 'tls.notSent', unknown: 'tls.sentIfAsked' } as const;

export interface ConnectionTestResultProps {
  /** The latest result, or null before the first test. */
  result: TestResult | null;
  running: boolean;
  history?: TestResult[];
  onRetry: () => void;
  onCancel: () => void;
  /** The heading level of "Connection test" where it is shown (the ones below follow). */
  level?: 'H2' | 'H3';
  /** False where the screen's one emphasized action is elsewhere (the wizard's Next). */
  emphasized?: boolean;
  /** The saved connection tested: offers its support report and the request as a command. */
  connectionId?: string | null;
}

const below = { H2: 'H3', H3: 'H4' } as const;

/**
 * The result screen of a connection test: the diagnosis, the URL called, every service of the
 * arrangement on its own, the stage timings, TLS details, Retry/Cancel and the history. Used by the
 * connection wizard's test step and the connection page.
 */
export function ConnectionTestResult({
  result,
  running,
  history = [],
  onRetry,
  onCancel,
  level = 'H2',
  emphasized = true,
  connectionId = null,
}: ConnectionTestResultProps) {
  const { t } = useTranslation('connection-test');
  const { lang } = useMessages();
  const sub = below[level];
  const services = result?.services ?? [];
  const several = services.length > 1;
  const failed = services.filter((s) => !s.ok).length;
  return (
    <section className="ct-result" aria-labelledby="ct-title" data-testid="connection-test-result">
      <Title level={level} size="H4" id="ct-title">
        {t('title')}
      </Title>
      <div className="ct-actions">
        <Button
          design={emphasized ? 'Emphasized' : 'Default'}
          onClick={onRetry}
          disabled={running}
          data-testid="ct-retry"
        >
          {result ? t('retry') : t('run')}
        </Button>
        <Button design="Transparent" onClick={onCancel} disabled={!running} data-testid="ct-cancel">
          {t('cancel')}
        </Button>
      </div>
      {running && (
        <MessageStrip design="Information" hideCloseButton data-testid="ct-running">
          {t('running')}
        </MessageStrip>
      )}
      {result && !running && several && (
        <>
          <div data-testid="ct-diagnosis" data-code={result.diagnosis.code}>
            <MessageStrip design={result.ok ? 'Positive' : 'Negative'} hideCloseButton>
              <strong>
                {result.ok
                  ? t('allServicesWork', { count: services.length })
                  : t('servicesFailed', { failed, count: services.length })}
              </strong>
            </MessageStrip>
          </div>
          <ServiceResults services={services} level={sub} connectionId={connectionId} />
        </>
      )}
      {result && !running && !several && (
        <>
          <Diagnosis result={result} testId="ct-diagnosis" />
          {result.stages.length > 0 && (
            <>
              <Title level={sub} size="H5">
                {t('stages.title')}
              </Title>
              <StageChart stages={result.stages} />
            </>
          )}
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
            {result.tls.serverCertificate ? formatDate(lang, result.tls.serverCertificate.notAfter) : '—'}
          </dd>
          <dt>{t('tls.clientCertificate')}</dt>
          <dd>{t(SENT_TEXT[result.tls.clientCertificateSent])}</dd>
        </dl>
      )}
      {result?.http && <p className="ct-muted">{t('http.status', { status: result.http.status })}</p>}
      {result && !running && connectionId && (
        // Several services: each carries its own copy buttons above, none here for the first alone.
        <ResultActions
          connectionId={connectionId}
          url={several ? null : (result.url ?? services[0]?.url ?? '')}
        />
      )}
      <Title level={sub} size="H5">
        {t('history.title')}
      </Title>
      <TestHistory history={history} />
    </section>
  );
}
