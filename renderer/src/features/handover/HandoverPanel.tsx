import './handover.css';
import { Button, Label, MessageStrip, Text, Title } from '@ui5/webcomponents-react';
import '@ui5/webcomponents-icons/dist/copy.js';
import '@ui5/webcomponents-icons/dist/download.js';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Handover } from '../../../../shared/contract/odata';
import type { AppError } from '../../../../shared/result';
import { api } from '../../api';
import { copyText } from '../../components/CopyButton';
import { useMessages } from '../../i18n/messages';

/**
 * What to enter in Cloud Integration's OData receiver adapter, under the adapter's own field names
 * (kept in English as CPI shows them), each with a copy button; the whole as a text file. Main
 * builds it with the one shared builder (shared/odata/handover.ts), notes in the UI language.
 */
export function HandoverPanel(props: { connectionId: string; url?: string; level?: 'H2' | 'H3' }) {
  const { t } = useTranslation('handover');
  const { lang, errorText } = useMessages();
  const [handover, setHandover] = useState<Handover | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const request = props.url
    ? { connectionId: props.connectionId, url: props.url, language: lang }
    : { connectionId: props.connectionId, language: lang };

  useEffect(() => {
    let live = true;
    void api.handover
      .get(
        props.url
          ? { connectionId: props.connectionId, url: props.url, language: lang }
          : { connectionId: props.connectionId, language: lang },
      )
      .then((r) => {
        if (!live) return;
        if (r.ok) setHandover(r.value);
        else setError(r.error);
      });
    return () => {
      live = false;
    };
  }, [props.connectionId, props.url, lang]);

  const copy = async (key: string, value: string) => {
    if (await copyText(value)) setCopied(key);
  };

  return (
    <section className="handover" aria-labelledby="handover-title" data-testid="handover">
      <Title level={props.level ?? 'H2'} size="H4" id="handover-title">
        {t('title')}
      </Title>
      <Text>{t('intro')}</Text>
      {error && (
        <MessageStrip design="Negative" hideCloseButton>
          {errorText(error)}
        </MessageStrip>
      )}
      {handover && (
        <dl className="handover-fields">
          {handover.fields.map((f) => (
            <div className="handover-field" key={f.key} data-testid={`handover-${f.key}`}>
              <dt>
                <Label showColon>{f.label}</Label>
              </dt>
              <dd>
                <span className="mono handover-value">{f.value || t('empty')}</span>
                {f.value && (
                  <Button
                    icon="copy"
                    design="Transparent"
                    data-testid={`copy-${f.key}`}
                    accessibleName={t('copyField', { field: f.label })}
                    tooltip={t('copyField', { field: f.label })}
                    onClick={() => void copy(f.key, f.value)}
                  />
                )}
                {copied === f.key && <span className="handover-copied">{t('copied')}</span>}
                <Text className="handover-note">{f.note}</Text>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {handover && handover.otherServices.length > 0 && (
        <section aria-labelledby="handover-others-title" data-testid="handover-other-services">
          <Title level={props.level === 'H3' ? 'H4' : 'H3'} size="H5" id="handover-others-title">
            {t('otherServices')}
          </Title>
          <Text>{t('otherServicesNote')}</Text>
          <dl className="handover-fields">
            {handover.otherServices.map((s) => {
              const key = `address-${s.name}`;
              const label = `Address (${s.name})`;
              return (
                <div className="handover-field" key={key} data-testid={`handover-${key}`}>
                  <dt>
                    <Label showColon>{label}</Label>
                  </dt>
                  <dd>
                    <span className="mono handover-value">{s.address}</span>
                    <Button
                      icon="copy"
                      design="Transparent"
                      data-testid={`copy-${key}`}
                      accessibleName={t('copyField', { field: label })}
                      tooltip={t('copyField', { field: label })}
                      onClick={() => void copy(key, s.address)}
                    />
                    {copied === key && <span className="handover-copied">{t('copied')}</span>}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      )}
      <div className="handover-actions">
        <Button
          icon="copy"
          disabled={!handover}
          data-testid="copy-all"
          onClick={() => void copy('all', handover?.text ?? '')}
        >
          {copied === 'all' ? t('copied') : t('copyAll')}
        </Button>
        <Button
          icon="download"
          disabled={!handover}
          data-testid="export-handover"
          onClick={() =>
            void api.handover.export(request).then((r) => {
              setExported(r.ok && r.value.saved ? r.value.file : null);
              if (!r.ok) setError(r.error);
            })
          }
        >
          {t('export')}
        </Button>
      </div>
      {exported && (
        <MessageStrip design="Positive" hideCloseButton data-testid="handover-exported">
          {t('exported', { file: exported })}
        </MessageStrip>
      )}
    </section>
  );
}
