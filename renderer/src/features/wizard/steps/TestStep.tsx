import { MessageStrip } from '@ui5/webcomponents-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TestResult } from '../../../../../shared/domain/diagnosis';
import { api } from '../../../api';
import { ConnectionTestResult } from '../../connection-test/index';
import { ConnectionOptions } from '../ConnectionOptions';
import { StepHelp } from '../StepHelp';
import type { StepProps } from '../step-props';
import { useMessages } from '../../../i18n/messages';

/** Test: the connection test with its diagnosis, Retry and the history. */
export function TestStep({ connectionId, draft, update, saveDraft }: StepProps) {
  const { t } = useTranslation('wizard');
  const { errorText } = useMessages();
  const [result, setResult] = useState<TestResult | null>(null);
  const [history, setHistory] = useState<TestResult[]>([]);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
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
      <ConnectionOptions draft={draft} update={update} saveDraft={saveDraft} />
    </div>
  );
}
