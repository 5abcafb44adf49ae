import './query-builder.css';
import {
  Button,
  CheckBox,
  Input,
  Label,
  MessageStrip,
  Option,
  Select,
  TextArea,
  Title,
} from '@ui5/webcomponents-react';
import '@ui5/webcomponents-icons/dist/media-play.js';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetadataSummary, QueryResult } from '../../../../shared/contract/odata';
import type { EntitySetDetail } from '../../../../shared/domain/odata';
import { c4cWarnings } from '../../../../shared/odata/c4c-limits';
import { buildFilter, buildUrl, emptyQuery, type QueryState } from '../../../../shared/odata/query';
import { parseUrl } from '../../../../shared/odata/query-reader';
import type { AppError } from '../../../../shared/result';
import { CopyCommandButtons } from '../../components/CopyCommandButtons';
import { api } from '../../api';
import { FilterRows } from './FilterRows';
import { ResultsView } from './ResultsView';
import { useMessages } from '../../i18n/messages';

const toggle = (list: string[], item: string, on: boolean) =>
  on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);

const num = (v: string): number | null => (/^\d+$/.test(v.trim()) ? Number(v.trim()) : null);

/**
 * The query builder of one connection: options as controls, the live URL (editable by hand, read
 * back into the controls), C4C's limits as warnings, Run with rows, raw text, count, time, next.
 */
export function QueryBuilder(props: {
  connectionId: string;
  entitySet?: string;
  onUrlChange?: (url: string) => void;
  /** The rows asked for at first; null asks for no $top (the wizard, whose query may be handed over). */
  defaultTop?: number | null;
  /** Where the builder sits under another heading (the wizard's step): its title's level. */
  headingLevel?: 'H2' | 'H4';
}) {
  const { t } = useTranslation('query');
  const { errorText } = useMessages();
  const [summary, setSummary] = useState<MetadataSummary | null>(null);
  const [state, setState] = useState<QueryState>(() => ({
    ...emptyQuery(props.entitySet ?? ''),
    top: props.defaultTop === undefined ? 20 : props.defaultTop,
  }));
  const [detail, setDetail] = useState<EntitySetDetail | null>(null);
  const [urlText, setUrlText] = useState<string | null>(null);
  const [result, setResult] = useState<QueryResult | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api.metadata.summary({ connectionId: props.connectionId }).then((r) => {
      setSummary(r.ok ? r.value : null);
    });
  }, [props.connectionId]);

  useEffect(() => {
    if (!state.entitySet || !summary) return;
    let live = true;
    void api.metadata.entitySet({ connectionId: props.connectionId, name: state.entitySet }).then((r) => {
      if (live) setDetail(r.ok ? r.value : null);
    });
    return () => {
      live = false;
    };
  }, [props.connectionId, state.entitySet, summary]);

  const properties = useMemo(() => detail?.type.properties ?? [], [detail]);
  const typeOf = useMemo(() => {
    const map = new Map(properties.map((p) => [p.name, p.type]));
    return (name: string) => map.get(name);
  }, [properties]);
  const root = summary?.serviceRoot ?? '';
  const url = state.entitySet && root ? buildUrl(root, state, typeOf) : '';
  const problems = buildFilter(state.filters, typeOf).problems;
  const warnings = c4cWarnings(state, (name) => properties.find((p) => p.name === name)?.filterable ?? true);
  const shownUrl = urlText ?? url;

  useEffect(() => {
    props.onUrlChange?.(url);
  }, [url, props]);

  const run = async (target: string) => {
    setBusy(true);
    setError(null);
    const r = await api.query.run({ connectionId: props.connectionId, url: target });
    setBusy(false);
    if (r.ok) setResult(r.value);
    else setError(r.error);
  };

  if (!summary) return <MessageStrip hideCloseButton>{t('needMetadata')}</MessageStrip>;

  return (
    <section className="qb" aria-labelledby="qb-title">
      <Title level={props.headingLevel ?? 'H2'} id="qb-title">
        {t('title')}
      </Title>
      <div className="qb-grid">
        <Label for="qb-set" showColon>
          {t('entitySet')}
        </Label>
        <Input
          id="qb-set"
          data-testid="qb-entity-set"
          accessibleName={t('entitySet')}
          value={state.entitySet}
          valueState={state.entitySet && !detail ? 'Negative' : 'None'}
          onChange={(e) => {
            setUrlText(null);
            setState({ ...emptyQuery(e.target.value.trim()), top: state.top });
          }}
        />
        <Label showColon>{t('select')}</Label>
        <div className="qb-checks" data-testid="qb-select">
          {properties.map((p) => (
            <CheckBox
              key={p.name}
              text={p.name}
              checked={state.select.includes(p.name)}
              onChange={(e) => {
                setUrlText(null);
                setState({ ...state, select: toggle(state.select, p.name, e.target.checked) });
              }}
            />
          ))}
        </div>
        <Label showColon>{t('filter')}</Label>
        <FilterRows
          rows={state.filters}
          properties={properties}
          onChange={(filters) => {
            setUrlText(null);
            setState({ ...state, filters, rawFilter: null });
          }}
        />
        {state.rawFilter !== null && (
          <>
            <Label showColon>{t('rawFilter')}</Label>
            <span className="mono">{state.rawFilter}</span>
          </>
        )}
        <Label showColon>{t('expand')}</Label>
        <div className="qb-checks">
          {(detail?.navigation ?? []).map((n) => (
            <CheckBox
              key={n.name}
              text={n.name}
              checked={state.expand.includes(n.name)}
              onChange={(e) => {
                setUrlText(null);
                setState({ ...state, expand: toggle(state.expand, n.name, e.target.checked) });
              }}
            />
          ))}
        </div>
        <Label showColon>{t('orderby')}</Label>
        <div className="qb-inline">
          <Select
            accessibleName={t('orderby')}
            value={state.orderby[0]?.property ?? ''}
            onChange={(e) => {
              const property = e.detail.selectedOption.dataset.value ?? '';
              setUrlText(null);
              setState({
                ...state,
                orderby: property ? [{ property, direction: state.orderby[0]?.direction ?? 'asc' }] : [],
              });
            }}
          >
            <Option data-value="" value="">
              {t('noOrder')}
            </Option>
            {properties.map((p) => (
              <Option key={p.name} data-value={p.name} value={p.name}>
                {p.name}
              </Option>
            ))}
          </Select>
          <Select
            accessibleName={t('direction')}
            value={state.orderby[0]?.direction ?? 'asc'}
            onChange={(e) => {
              const direction = e.detail.selectedOption.dataset.value === 'desc' ? 'desc' : 'asc';
              setUrlText(null);
              setState({
                ...state,
                orderby: state.orderby.map((o, i) => (i === 0 ? { ...o, direction } : o)),
              });
            }}
          >
            <Option data-value="asc" value="asc">
              {t('asc')}
            </Option>
            <Option data-value="desc" value="desc">
              {t('desc')}
            </Option>
          </Select>
        </div>
        <Label showColon>{t('paging')}</Label>
        <div className="qb-inline">
          <Input
            accessibleName={t('top')}
            data-testid="qb-top"
            placeholder={t('top')}
            type="Number"
            value={state.top === null ? '' : String(state.top)}
            onInput={(e) => {
              setUrlText(null);
              setState({ ...state, top: num(e.target.value) });
            }}
          />
          <Input
            accessibleName={t('skip')}
            placeholder={t('skip')}
            type="Number"
            value={state.skip === null ? '' : String(state.skip)}
            onInput={(e) => {
              setUrlText(null);
              setState({ ...state, skip: num(e.target.value) });
            }}
          />
          <CheckBox
            text={t('inlinecount')}
            data-testid="qb-count"
            checked={state.inlinecount}
            onChange={(e) => {
              setUrlText(null);
              setState({ ...state, inlinecount: e.target.checked });
            }}
          />
          <CheckBox
            text={t('json')}
            data-testid="qb-json"
            checked={state.format === 'json'}
            onChange={(e) => {
              setUrlText(null);
              setState({ ...state, format: e.target.checked ? 'json' : 'atom' });
            }}
          />
        </div>
        <Label for="qb-search" showColon>
          {t('search')}
        </Label>
        <Input
          id="qb-search"
          accessibleName={t('search')}
          value={state.search}
          onInput={(e) => {
            setUrlText(null);
            setState({ ...state, search: e.target.value });
          }}
        />
      </div>
      {problems.map((p) => (
        <MessageStrip key={`p${p.row}`} design="Negative" hideCloseButton>
          {t('rowProblem', { row: p.row + 1, reason: t(`literal.${p.reason}`) })}
        </MessageStrip>
      ))}
      {warnings.map((w) => (
        <MessageStrip
          key={`${w.code}${w.property ?? ''}`}
          design="Critical"
          hideCloseButton
          data-testid={`warning-${w.code}`}
        >
          {t(`warnings.${w.code}`, { property: w.property ?? '' })}
        </MessageStrip>
      ))}
      <Label for="qb-url" showColon>
        {t('url')}
      </Label>
      <TextArea
        id="qb-url"
        data-testid="qb-url"
        className="mono"
        accessibleName={t('url')}
        rows={3}
        value={shownUrl}
        onInput={(e) => {
          setUrlText(e.target.value);
        }}
        onChange={(e) => {
          // Read the hand-edited URL back into the controls; what they cannot show is kept as text.
          const parsed = parseUrl(e.target.value, root);
          setState(parsed);
          setUrlText(null);
        }}
      />
      <div className="qb-actions">
        <Button
          design="Emphasized"
          icon="media-play"
          data-testid="qb-run"
          disabled={busy || !shownUrl}
          onClick={() => void run(shownUrl)}
        >
          {busy ? t('running') : t('run')}
        </Button>
        <CopyCommandButtons connectionId={props.connectionId} url={shownUrl} testIdPrefix="qb" />
      </div>
      {error && (
        <MessageStrip design="Negative" hideCloseButton data-testid="query-error">
          {errorText(error)}
        </MessageStrip>
      )}
      {result && <ResultsView result={result} busy={busy} onNext={(next) => void run(next)} />}
    </section>
  );
}
