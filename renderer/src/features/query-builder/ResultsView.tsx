import { Button, SegmentedButton, SegmentedButtonItem, Text } from '@ui5/webcomponents-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cell, QueryResult } from '../../../../shared/contract/odata';
import { VirtualList } from '../explorer/VirtualList';

const ROW = 32;
const text = (c: Cell | undefined) => (c === null || c === undefined ? '' : String(c));

/** Rows in a virtualized table (thousands stay smooth), or the raw answer; count, time, next page. */
export function ResultsView(props: { result: QueryResult; onNext: (url: string) => void; busy: boolean }) {
  const { t } = useTranslation('query');
  const { result } = props;
  const [view, setView] = useState<'table' | 'raw'>('table');
  const template = `repeat(${result.columns.length}, minmax(10rem, 1fr))`;
  return (
    <section className="qb-results" aria-labelledby="qb-results-title" data-testid="query-results">
      <div className="qb-results-head">
        <h3 id="qb-results-title">{t('results')}</h3>
        <Text data-testid="result-stats">
          {t('stats', { rows: result.rowCount, ms: result.ms, kb: Math.ceil(result.bytes / 1024) })}
          {result.count !== null ? ` · ${t('total', { count: result.count })}` : ''}
        </Text>
        <SegmentedButton
          accessibleName={t('view')}
          onSelectionChange={(e) => {
            setView(e.detail.selectedItems[0]?.dataset.view === 'raw' ? 'raw' : 'table');
          }}
        >
          <SegmentedButtonItem data-view="table" selected={view === 'table'}>
            {t('table')}
          </SegmentedButtonItem>
          <SegmentedButtonItem data-view="raw" selected={view === 'raw'} data-testid="raw-toggle">
            {t('raw')}
          </SegmentedButtonItem>
        </SegmentedButton>
        {result.next && (
          <Button
            data-testid="next-page"
            disabled={props.busy}
            onClick={() => props.onNext(result.next ?? '')}
          >
            {t('nextPage')}
          </Button>
        )}
      </div>
      {result.rowsTruncated && <Text>{t('rowsCapped', { shown: result.rows.length })}</Text>}
      {view === 'raw' ? (
        <pre className="qb-raw mono" data-testid="raw-view" tabIndex={0}>
          {result.raw}
          {result.rawTruncated ? `\n… ${t('rawCapped')}` : ''}
        </pre>
      ) : result.rows.length === 0 ? (
        <Text>{t('noRows')}</Text>
      ) : (
        <div
          className="qb-table"
          role="table"
          aria-label={t('results')}
          aria-rowcount={result.rows.length + 1}
        >
          <div className="qb-table-row qb-table-header" role="row" style={{ gridTemplateColumns: template }}>
            {result.columns.map((c) => (
              <div key={c} role="columnheader" className="qb-cell">
                {c}
              </div>
            ))}
          </div>
          <VirtualList
            count={result.rows.length}
            rowHeight={ROW}
            height={Math.min(420, result.rows.length * ROW + 2)}
            label={t('rows')}
            role="rowgroup"
            testId="result-rows"
            renderRow={(i) => {
              const row = result.rows[i];
              return (
                <div
                  className="qb-table-row"
                  role="row"
                  aria-rowindex={i + 2}
                  style={{ gridTemplateColumns: template }}
                >
                  {result.columns.map((c) => (
                    <div key={c} role="cell" className="qb-cell" title={text(row?.[c])}>
                      {text(row?.[c])}
                    </div>
                  ))}
                </div>
              );
            }}
          />
        </div>
      )}
    </section>
  );
}
