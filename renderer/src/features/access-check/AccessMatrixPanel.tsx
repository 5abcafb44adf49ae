import {
  Button,
  Input,
  Label,
  MessageStrip,
  ObjectStatus,
  ProgressIndicator,
  Text,
  Title,
} from '@ui5/webcomponents-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessCell, AccessMatrix } from '../../../../shared/domain/access-check';
import { accessText } from '../../../../shared/messages/access';
import { useMessages } from '../../i18n/messages';
import { api } from '../../api';
import './access-check.css';

interface Props {
  connectionId: string;
  /** Its title's level where it sits under another heading (the wizard's test step). */
  level?: 'H2' | 'H4';
  /** False where the screen's one emphasized action is elsewhere (the wizard's Next). */
  emphasized?: boolean;
}

const state = (c: AccessCell) =>
  c.outcome === 'OK'
    ? 'Positive'
    : c.outcome === 'CANCELLED'
      ? 'None'
      : c.outcome === 'NOT_FOUND'
        ? 'Critical'
        : 'Negative';

/**
 * "Did I tick every service my integration needs?": every service of the arrangement × the entity
 * sets the user names, one $top=1 read each, as a matrix with each cell's advice; progress and Cancel.
 */
export function AccessMatrixPanel({ connectionId, level = 'H2', emphasized = true }: Props) {
  const { t } = useTranslation('access-check');
  const { lang } = useMessages();
  const [sets, setSets] = useState('');
  const [matrix, setMatrix] = useState<AccessMatrix | null>(null);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<AccessCell | null>(null);
  const timer = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearInterval(timer.current);
    },
    [],
  );

  const run = async () => {
    setRunning(true);
    setError(null);
    setSelected(null);
    setProgress({ done: 0, total: 0 });
    const handle = window.setInterval(() => {
      void api.connection.checkProgress({ connectionId }).then((r) => {
        if (r.ok && r.value.running) setProgress({ done: r.value.done, total: r.value.total });
      });
    }, 250);
    timer.current = handle;
    const entitySets = sets.split(/[\s,;]+/).filter(Boolean);
    const r = await api.connection.check({ connectionId, entitySets });
    window.clearInterval(handle);
    timer.current = null;
    setRunning(false);
    if (r.ok) setMatrix(r.value);
    else setError(r.error.message);
  };

  const columns = matrix ? [null, ...matrix.entitySets] : [];
  const cellOf = (service: string, set: string | null) =>
    matrix?.cells.find((c) => c.service === service && c.entitySet === set);

  return (
    <section className="access-matrix" aria-labelledby="access-matrix-title" data-testid="access-matrix">
      <Title level={level} id="access-matrix-title">
        {t('title')}
      </Title>
      <Text>{t('intro')}</Text>
      <div className="form-grid">
        <Label for="access-sets" showColon>
          {t('sets')}
        </Label>
        <Input
          id="access-sets"
          data-testid="access-sets"
          accessibleName={t('sets')}
          placeholder="CorporateAccountCollection, ContactCollection"
          value={sets}
          onInput={(e) => setSets(e.target.value)}
        />
      </div>
      <div className="connection-actions">
        <Button
          design={emphasized ? 'Emphasized' : 'Default'}
          disabled={running}
          onClick={() => void run()}
          data-testid="access-run"
        >
          {t('run')}
        </Button>
        {running && (
          <Button
            onClick={() => void api.connection.cancelCheck({ connectionId })}
            data-testid="access-cancel"
          >
            {t('cancel')}
          </Button>
        )}
      </div>
      {running && (
        <ProgressIndicator
          accessibleName={t('progress')}
          value={progress.total ? Math.round((100 * progress.done) / progress.total) : 0}
          displayValue={t('progressText', { done: progress.done, total: progress.total })}
        />
      )}
      {error && (
        <MessageStrip design="Negative" hideCloseButton role="alert">
          {error}
        </MessageStrip>
      )}
      {matrix && (
        <table className="access-table" data-testid="access-table">
          <thead>
            <tr>
              <th scope="col">{t('service')}</th>
              {columns.map((set) => (
                <th scope="col" key={set ?? '(service)'}>
                  {set ?? t('serviceDocument')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.services.map((service) => (
              <tr key={service}>
                <th scope="row">{service}</th>
                {columns.map((set) => {
                  const c = cellOf(service, set);
                  return (
                    <td key={set ?? '(service)'} data-testid={`access-cell-${service}-${set ?? 'service'}`}>
                      {c && (
                        <Button
                          design="Transparent"
                          onClick={() => setSelected(c)}
                          accessibleName={`${service} ${set ?? ''} ${c.outcome}`}
                        >
                          <ObjectStatus state={state(c)} showDefaultIcon>
                            {c.outcome}
                            {c.status !== null ? ` (${c.status})` : ''}
                          </ObjectStatus>
                        </Button>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {selected && (
        <MessageStrip
          design={selected.outcome === 'OK' ? 'Positive' : 'Critical'}
          onClose={() => setSelected(null)}
          data-testid="access-advice"
        >
          <strong>{accessText(lang, selected.outcome).title}</strong>
          {selected.message ? (
            <>
              {' — C4C: '}
              {/* C4C's own words, quoted as it wrote them */}
              <span lang="en">{selected.message}</span>
            </>
          ) : (
            ''
          )}
          <ul>
            {accessText(lang, selected.outcome).advice.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </MessageStrip>
      )}
    </section>
  );
}
