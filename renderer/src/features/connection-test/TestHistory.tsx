import { useTranslation } from 'react-i18next';
import type { TestResult } from '../../../../shared/domain/diagnosis';
import { formatNumber, say } from '../../../../shared/messages/say';
import { useMessages } from '../../i18n/messages';

/** The last 20 results of a connection, newest first, each with its code and total time. */
export function TestHistory({ history }: { history: TestResult[] }) {
  const { t } = useTranslation('connection-test');
  const { lang } = useMessages();
  const time = new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'medium' });
  const last = history.slice(0, 20);
  if (last.length === 0) return <p className="ct-muted">{t('history.empty')}</p>;
  return (
    <ol className="ct-history" aria-label={t('history.title')} data-testid="test-history">
      {last.map((r, i) => (
        <li key={`${r.startedAt ?? ''}-${i}`} className={r.ok ? 'ct-ok' : 'ct-fail'}>
          <span className="ct-history-time">{r.startedAt ? time.format(new Date(r.startedAt)) : '—'}</span>
          <span>{say(lang, `diagnosis.${r.diagnosis.code}.title`)}</span>
          <span className="ct-muted">{r.totalMs !== undefined ? `${formatNumber(lang, r.totalMs)} ms` : ''}</span>
        </li>
      ))}
    </ol>
  );
}
