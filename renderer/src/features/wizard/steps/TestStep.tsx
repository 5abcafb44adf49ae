import { Button, MessageStrip } from '@ui5/webcomponents-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TestResult } from '../../../../../shared/domain/diagnosis';
import { api } from '../../../api';
import { AccessMatrixPanel } from '../../access-check/AccessMatrixPanel';
import { ConnectionTestResult } from '../../connection-test/index';
import { ConnectionOptions } from '../ConnectionOptions';
import { StepHelp } from '../StepHelp';
import type { StepProps } from '../step-props';
import { useMessages } from '../../../i18n/messages';
import '@ui5/webcomponents-icons/dist/table-view.js';

/** Test: the connection test with its diagnosis, Retry and the history. */
export function TestStep({ connectionId, draft, update, saveDraft }: StepProps) {
  const { t } = useTranslation('wizard');
  const { errorText } = useMessages();
  const [result, setResult] = useState<TestResult | null>(null);
  const [history, setHistory] = useState<TestResult[]>([]);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const loadHistory = useCallback(async () => {
    if (!connectionId) return;
    const r = await api.connection.history({ connectionId });
    if (r.ok) setHistory(r.value.results);
  }, [connectionId]);
  useEffect(() => {
    if (!connectionId) return;
    let live = true;
    void api.connection.history({ connectionId }).then((r) => {
      if (live && r.ok) setHistory(r.value.results);
    });
    return () => {
      live = false;
    };
  }, [connectionId]);
  const run = async () => {
    // The options below may have changed: the test runs on what is saved.
    const id = await saveDraft();
    if (!id) return;
    setRunning(true);
    setError(null);
    const r = await api.connection.test({ connectionId: id });
    setRunning(false);
    if (r.ok) setResult(r.value);
    else setError(errorText(r.error));
    await loadHistory();
  };
  return (
    <div className="step-body">
      <StepHelp text={t('test.help')} />
      <ConnectionTestResult
        level="H3"
        emphasized={false}
        connectionId={connectionId}
        result={result}
        running={running}
        history={history}
        onRetry={() => void run()}
        onCancel={() => {
          if (connectionId) void api.connection.cancelTest({ connectionId });
        }}
      />
      {error && (
        <MessageStrip design="Negative" hideCloseButton role="alert" data-testid="wz-test-error">
          {error}
        </MessageStrip>
      )}
      {checking && connectionId ? (
        <AccessMatrixPanel connectionId={connectionId} level="H4" emphasized={false} />
      ) : (
        <Button
          design="Transparent"
          icon="table-view"
          data-testid="wz-access-open"
          onClick={() => {
            // The check reads what is saved, as the test does.
            void saveDraft().then((id) => setChecking(id !== null));
          }}
        >
          {t('test.checkServices')}
        </Button>
      )}
      <ConnectionOptions draft={draft} update={update} saveDraft={saveDraft} />
    </div>
  );
}
