import { Button, MessageStrip } from '@ui5/webcomponents-react';
import '@ui5/webcomponents-icons/dist/save.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import { api } from '../../api';
import { CopyCommandButtons } from '../../components/CopyCommandButtons';
import { useMessages } from '../../i18n/messages';

/**
 * What follows a test result: the support report for an SAP incident (main builds it from the
 * result it kept and asks where to save it) and the test request as a curl or PowerShell command
 * (null url: a test of several services, whose commands sit with each service).
 */
export function ResultActions({ connectionId, url }: { connectionId: string; url: string | null }) {
  const { t } = useTranslation('connection-test');
  const { lang, errorText } = useMessages();
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const saveReport = async () => {
    setError(null);
    setSaved(null);
    const r = await api.connection.saveReport({ connectionId, language: lang });
    if (!r.ok) setError(r.error);
    else if (r.value.file) setSaved(r.value.file);
  };
  return (
    <>
      <div className="ct-actions" data-testid="ct-result-actions">
        <Button
          icon="save"
          design="Transparent"
          onClick={() => void saveReport()}
          data-testid="ct-save-report"
        >
          {t('report.save')}
        </Button>
        {url !== null && <CopyCommandButtons connectionId={connectionId} url={url} testIdPrefix="ct" />}
      </div>
      {saved && (
        <MessageStrip design="Positive" onClose={() => setSaved(null)} data-testid="ct-report-saved">
          {t('report.saved', { file: saved })}
        </MessageStrip>
      )}
      {error && (
        <MessageStrip design="Negative" onClose={() => setError(null)} data-testid="ct-report-error">
          {errorText(error)}
        </MessageStrip>
      )}
    </>
  );
}
