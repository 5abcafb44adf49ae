import './explorer.css';
import { Input, Text } from '@ui5/webcomponents-react';
import '@ui5/webcomponents-icons/dist/save.js';
import '@ui5/webcomponents-icons/dist/search.js';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntitySetDetail } from '../../../../shared/domain/odata';
import { buildSearchIndex, search } from '../../../../shared/odata/search';
import { api } from '../../api';
import { DownloadBar } from './DownloadBar';
import { EntitySetDetails } from './EntitySetDetails';
import { useMetadata } from './useMetadata';
import { VirtualList } from './VirtualList';

const ROW = 44;

/**
 * The metadata explorer of one connection: download, a virtualized, instantly searchable list of
 * entity sets, and the chosen set's properties, navigation and function imports.
 */
export function Explorer(props: { connectionId: string; onBuildQuery?: (entitySet: string) => void }) {
  const { t } = useTranslation('explorer');
  const metadata = useMetadata(props.connectionId);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [detail, setDetail] = useState<EntitySetDetail | null>(null);
  const index = useMemo(() => buildSearchIndex(metadata.sets), [metadata.sets]);
  const deferred = useDeferredValue(query);
  const hits = useMemo(() => search(index, deferred), [index, deferred]);

  useEffect(() => {
    if (!selected) return;
    let live = true;
    void api.metadata.entitySet({ connectionId: props.connectionId, name: selected }).then((r) => {
      if (live) setDetail(r.ok ? r.value : null);
    });
    return () => {
      live = false;
    };
  }, [props.connectionId, selected, metadata.summary]);

  return (
    <section className="explorer" aria-labelledby="explorer-title">
      <h2 id="explorer-title" className="visually-hidden">
        {t('title')}
      </h2>
      <DownloadBar connectionId={props.connectionId} metadata={metadata} />
      {metadata.sets.length > 0 && (
        <div className="explorer-body">
          <div className="explorer-sets">
            <Input
              icon={null}
              type="Search"
              showClearIcon
              data-testid="set-search"
              accessibleName={t('search')}
              placeholder={t('search')}
              value={query}
              onInput={(e) => {
                setQuery(e.target.value);
              }}
            />
            <Text className="explorer-count" data-testid="set-count">
              {t('setCount', { shown: hits.length, total: metadata.sets.length })}
            </Text>
            <VirtualList
              count={hits.length}
              rowHeight={ROW}
              height={480}
              label={t('sets')}
              testId="set-list"
              renderRow={(i) => {
                const row = metadata.sets[hits[i] ?? 0];
                if (!row) return null;
                return (
                  <button
                    type="button"
                    className={`explorer-set ${row.name === selected ? 'is-selected' : ''}`}
                    aria-pressed={row.name === selected}
                    onClick={() => {
                      setSelected(row.name);
                    }}
                  >
                    <span className="explorer-set-name">{row.name}</span>
                    <span className="explorer-set-label">
                      {row.label ?? ''} · {t('propertyCount', { count: row.properties })}
                    </span>
                  </button>
                );
              }}
            />
          </div>
          <div className="explorer-main">
            {detail ? (
              <EntitySetDetails
                detail={detail}
                onOpenSet={setSelected}
                {...(props.onBuildQuery ? { onQuery: props.onBuildQuery } : {})}
              />
            ) : (
              <Text>{t('choose')}</Text>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
