import { Tab, TabContainer } from '@ui5/webcomponents-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HandoverPanel } from '../handover/HandoverPanel';
import { QueryBuilder } from '../query-builder/QueryBuilder';
import { Explorer } from './Explorer';

type Pane = 'explorer' | 'query' | 'handover';

/** Explorer, query builder and hand-over of one connection, as tabs; the query flows to the hand-over. */
export function ODataWorkspace(props: { connectionId: string }) {
  const { t } = useTranslation('explorer');
  const [pane, setPane] = useState<Pane>('explorer');
  const [entitySet, setEntitySet] = useState<string | undefined>(undefined);
  const [url, setUrl] = useState('');
  // Mounted on first visit and kept, so the builder's state survives switching tabs.
  const [seen, setSeen] = useState<Pane[]>(['explorer']);
  const show = (next: Pane) => {
    setPane(next);
    setSeen((s) => (s.includes(next) ? s : [...s, next]));
  };
  return (
    <TabContainer
      data-testid="odata-workspace"
      onTabSelect={(e) => {
        show((e.detail.tab.dataset.pane as Pane | undefined) ?? 'explorer');
      }}
    >
      <Tab
        text={t('tabs.explorer')}
        data-pane="explorer"
        data-testid="tab-explorer"
        selected={pane === 'explorer'}
      >
        <Explorer
          connectionId={props.connectionId}
          onBuildQuery={(name) => {
            setEntitySet(name);
            show('query');
          }}
        />
      </Tab>
      <Tab text={t('tabs.query')} data-pane="query" data-testid="tab-query" selected={pane === 'query'}>
        {seen.includes('query') && (
          <QueryBuilder
            key={entitySet ?? ''}
            connectionId={props.connectionId}
            {...(entitySet ? { entitySet } : {})}
            onUrlChange={setUrl}
          />
        )}
      </Tab>
      <Tab
        text={t('tabs.handover')}
        data-pane="handover"
        data-testid="tab-handover"
        selected={pane === 'handover'}
      >
        {seen.includes('handover') && (
          <HandoverPanel connectionId={props.connectionId} {...(url ? { url } : {})} />
        )}
      </Tab>
    </TabContainer>
  );
}
