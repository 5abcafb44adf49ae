import { Button, Label, MessageStrip, Option, Panel, Select, Text } from '@ui5/webcomponents-react';
import '@ui5/webcomponents-icons/dist/accept.js';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetadataSummary, QueryResult } from '../../../../../shared/contract/odata';
import type { EntitySetRow } from '../../../../../shared/domain/odata';
import { api } from '../../../api';
import { QueryBuilder } from '../../query-builder/QueryBuilder';
import { StepHelp } from '../StepHelp';
import type { StepProps } from '../step-props';
import { useMessages } from '../../../i18n/messages';

/** Metadata and a first query (optional): proves the service answers with data, not just 200. */
export function MetadataStep({ connectionId, queryUrl, setQueryUrl }: StepProps) {
  const { t, i18n } = useTranslation('wizard');
  const { errorText } = useMessages();
  const [summary, setSummary] = useState<MetadataSummary | null>(null);
  const [sets, setSets] = useState<EntitySetRow[]>([]);
  const [set, setSet] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<QueryResult | null>(null);
  // What the builder shows now; the hand-over takes it only on "Use this query in the hand-over".
  const [builderUrl, setBuilderUrl] = useState('');

  useEffect(() => {
    if (!connectionId) return;
    void api.metadata.summary({ connectionId }).then(async (r) => {
      if (!r.ok || !r.value) return;
      setSummary(r.value);
      const s = await api.metadata.sets({ connectionId });
      if (s.ok) setSets(s.value.sets);
    });
  }, [connectionId]);

  // Why "Use this query in the hand-over" cannot be chosen now, said beside it (null: it can).
  const useQueryBlocked = !builderUrl
    ? t('metadata.useQueryNoUrl')
    : builderUrl === queryUrl
      ? t('metadata.useQueryTaken')
      : null;

  const download = async () => {
    if (!connectionId) return;
    setBusy(true);
    setError(null);
    const r = await api.metadata.download({ connectionId, language: i18n.language });
    if (r.ok) {
      setSummary(r.value);
      const s = await api.metadata.sets({ connectionId });
      if (s.ok) {
        setSets(s.value.sets);
        setSet((current) => current || (s.value.sets[0]?.name ?? ''));
      }
    } else setError(errorText(r.error));
    setBusy(false);
  };

  const run = async () => {
    if (!connectionId || !set) return;
    setBusy(true);
    setError(null);
    const r = await api.query.run({ connectionId, url: `${set}?$top=5&$inlinecount=allpages` });
    setBusy(false);
    if (r.ok) setResult(r.value);
    else setError(errorText(r.error));
  };

  return (
    <div className="step-body">
      <StepHelp text={t('metadata.help')} />
      <div className="step-actions">
        <Button onClick={() => void download()} disabled={busy} data-testid="wz-metadata-download">
          {summary ? t('metadata.again') : t('metadata.download')}
        </Button>
        {summary && (
          <Button
            onClick={() => connectionId && void api.metadata.save({ connectionId })}
            data-testid="wz-metadata-save"
          >
            {t('metadata.save')}
          </Button>
        )}
      </div>
      {summary && (
        <Text data-testid="wz-metadata-summary">
          {t('metadata.summary', {
            sets: summary.counts.entitySets,
            types: summary.counts.entityTypes,
            kb: Math.max(1, Math.ceil(summary.bytes / 1024)),
          })}
        </Text>
      )}
      {sets.length > 0 && (
        <div className="form-grid">
          <Label for="wz-entity-set" showColon>
            {t('metadata.entitySet')}
          </Label>
          <Select
            id="wz-entity-set"
            data-testid="wz-entity-set"
            className="field-wide"
            accessibleName={t('metadata.entitySet')}
            // C4C's set names run long (BusinessPartnerRelationshipCollection): the full name on hover.
            tooltip={set || undefined}
            value={set}
            onChange={(e) => setSet(e.detail.selectedOption.dataset.value ?? '')}
          >
            {sets.map((s) => (
              <Option key={s.name} value={s.name} data-value={s.name}>
                {s.name}
              </Option>
            ))}
          </Select>
          <span />
          <Button onClick={() => void run()} disabled={busy || !set} data-testid="wz-query-run">
            {t('metadata.run')}
          </Button>
        </div>
      )}
      {result && (
        <div data-testid="wz-query-result">
          <Text>
            {t('metadata.rows', {
              count: result.rowCount,
              total: result.count ?? result.rowCount,
              ms: Math.round(result.ms),
            })}
          </Text>
          <table className="mini-table">
            <thead>
              <tr>
                {result.columns.slice(0, 6).map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.rows.slice(0, 5).map((row, i) => (
                <tr key={i}>
                  {result.columns.slice(0, 6).map((c) => (
                    <td key={c}>{String(row[c] ?? '')}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {summary && connectionId && (
        <Panel
          className="step-advanced"
          headerText={t('metadata.builder')}
          headerLevel="H3"
          collapsed
          data-testid="wz-query-builder"
        >
          <QueryBuilder
            key={set}
            connectionId={connectionId}
            entitySet={set || undefined}
            onUrlChange={setBuilderUrl}
            defaultTop={null}
            headingLevel="H4"
          />
          <div className="step-actions use-query-actions">
            <Button
              icon="accept"
              disabled={useQueryBlocked !== null}
              accessibleDescription={useQueryBlocked ?? undefined}
              data-testid="wz-use-query"
              onClick={() => setQueryUrl(builderUrl)}
            >
              {t('metadata.useQuery')}
            </Button>
            {useQueryBlocked && (
              <Text className="field-hint" data-testid="wz-use-query-why">
                {useQueryBlocked}
              </Text>
            )}
          </div>
        </Panel>
      )}
      {queryUrl && (
        <MessageStrip design="Information" hideCloseButton data-testid="wz-query-chosen">
          {t('metadata.queryChosen')} <code>{queryUrl}</code>{' '}
          <Button design="Transparent" data-testid="wz-query-drop" onClick={() => setQueryUrl('')}>
            {t('metadata.dropQuery')}
          </Button>
        </MessageStrip>
      )}
      {error && (
        <MessageStrip design="Negative" hideCloseButton role="alert" data-testid="wz-metadata-error">
          {error}
        </MessageStrip>
      )}
    </div>
  );
}
