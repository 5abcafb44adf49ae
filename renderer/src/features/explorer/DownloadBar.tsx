import { Button, MessageStrip, ProgressIndicator, Text } from '@ui5/webcomponents-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../shared/messages/say';
import { api } from '../../api';
import { uiLanguage, useMessages } from '../../i18n/messages';
import type { MetadataState } from './useMetadata';


/** Download, progress, Cancel, Save .edmx, and the summary. */
export function DownloadBar(props: { connectionId: string; metadata: MetadataState }) {
  const { t, i18n } = useTranslation('explorer');
  const { errorText, lang } = useMessages();
  const mb = (bytes: number) => formatNumber(lang, bytes / 1048576, 1);
  const { metadata } = props;
  const [saved, setSaved] = useState<string | null>(null);
  const p = metadata.progress;
  const percent = p?.total ? Math.min(100, Math.round((p.bytes / p.total) * 100)) : null;

  const save = async () => {
    const r = await api.metadata.save({ connectionId: props.connectionId, language: uiLanguage(i18n) });
    setSaved(r.ok && r.value.saved ? r.value.file : null);
  };

  return (
    <div className="explorer-download">
      <div className="explorer-download-row">
        <Button
          design="Emphasized"
          data-testid="metadata-download"
          disabled={metadata.busy}
          onClick={() => {
            void metadata.download({ language: i18n.resolvedLanguage ?? i18n.language });
          }}
        >
          {metadata.summary ? t('downloadAgain') : t('download')}
        </Button>
        {metadata.busy && (
          <Button
            data-testid="metadata-cancel"
            onClick={() => {
              metadata.cancel();
            }}
          >
            {t('cancel')}
          </Button>
        )}
        {metadata.summary && !metadata.busy && (
          <Button data-testid="metadata-save" icon="save" onClick={() => void save()}>
            {t('saveEdmx')}
          </Button>
        )}
      </div>
      {metadata.busy && p && (
        <div className="explorer-progress" data-testid="metadata-progress">
          <ProgressIndicator
            value={percent ?? 0}
            displayValue={
              percent === null
                ? t('progressBytes', { mb: mb(p.bytes) })
                : t('progressOf', { mb: mb(p.bytes), total: mb(p.total ?? 0) })
            }
            accessibleName={t('progress')}
          />
          <Text>{p.state === 'parsing' ? t('parsing') : t('downloading')}</Text>
        </div>
      )}
      {metadata.error && (
        <MessageStrip design="Negative" hideCloseButton data-testid="metadata-error">
          {t('failed', { message: errorText(metadata.error) })}
        </MessageStrip>
      )}
      {saved && (
        <MessageStrip design="Positive" hideCloseButton>
          {t('saved', { file: saved })}
        </MessageStrip>
      )}
      {metadata.summary && (
        <Text data-testid="metadata-summary" className="explorer-summary">
          {t('summary', {
            sets: metadata.summary.counts.entitySets,
            types: metadata.summary.counts.entityTypes,
            properties: metadata.summary.counts.properties,
            mb: mb(metadata.summary.bytes),
            download: metadata.summary.downloadMs,
            parse: metadata.summary.parseMs,
          })}
        </Text>
      )}
    </div>
  );
}
