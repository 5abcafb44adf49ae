import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HomeOverview } from '../../../../shared/contract/wizard';
import type { AppError } from '../../../../shared/result';
import { api } from '../../api';
import { useNavigation } from '../../app/navigation';
import { useOutsideChanges } from '../../app/useOutsideChanges';
import { EmptyState } from '../../components/EmptyState';
import { FilePickButton } from '../../components/FilePickButton';
import { Heading } from '../../components/Heading';
import { MessageStrip } from '../../components/MessageStrip';
import { PlainButton } from '../../components/PlainButton';
import { ConnectionRow, type RowTexts } from './ConnectionRow';
import './home.css';
import { uiLanguage, useMessages } from '../../i18n/messages';
import { arrivedHomeOverview, homeOverview } from '../../start';

type Notice = { design: 'Positive' | 'Negative'; text: string } | null;
type OverviewAnswer = Awaited<ReturnType<typeof api.home.overview>>;

export function HomePage() {
  const { t, i18n } = useTranslation('home');
  const { errorText } = useMessages();
  const { go } = useNavigation();
  // One translation hook for the page, not one per row, and each text without parameters looked
  // up once: 50 rows of hooks and lookups were most of Home's render (npm run bench, issue 14).
  const lang = uiLanguage(i18n);
  const rowTexts = useMemo<RowTexts>(() => {
    const said = new Map<string, string>();
    const text = (key: string) => {
      let value = said.get(key);
      if (value === undefined) said.set(key, (value = t(key)));
      return value;
    };
    return { t, text, lang, go };
  }, [t, lang, go]);
  // The start answer, when it came in before this first render, is shown by that render.
  const [started] = useState(arrivedHomeOverview);
  const [overview, setOverview] = useState<HomeOverview | null>(() => (started?.ok ? started.value : null));
  // Why Home's data could not be read: kept as the error and said at render, so it follows a
  // language switch, and cleared by the next answer that works.
  const [loadError, setLoadError] = useState<AppError | null>(() =>
    started && !started.ok ? started.error : null,
  );
  const [notice, setNotice] = useState<Notice>(null);
  const show = useCallback((r: OverviewAnswer) => {
    if (r.ok) {
      setOverview(r.value);
      setLoadError(null);
    } else setLoadError(r.error);
  }, []);
  const reload = useCallback(async () => show(await api.home.overview({})), [show]);
  const reloadSoon = useCallback(() => void reload(), [reload]);
  // Connections and key pairs the command line changed show up without a restart.
  useOutsideChanges(reload);
  useEffect(() => {
    if (started) return;
    let live = true;
    // Shown as soon as it comes: rows are plain elements (PlainButton), so 50 of them do not hold
    // up the first paint.
    homeOverview()
      .then((r) => {
        if (live) show(r);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [started, show]);
  const shownNotice: Notice =
    notice ?? (loadError ? { design: 'Negative', text: errorText(loadError) } : null);

  const importFile = async (file: File) => {
    const text = await file.text();
    // A file with its own CA certificates: main shows what it would trust in its own dialog.
    const r = await api.travel.import({ text });
    if (r.ok && r.value.trust.asked) {
      setNotice({ design: 'Negative', text: t('import.notTrusted') });
      return;
    }
    if (r.ok) {
      const needs = r.value.imported.filter((i) => i.needs).length;
      setNotice({ design: 'Positive', text: t('import.done', { count: r.value.imported.length, needs }) });
      await reload();
    } else setNotice({ design: 'Negative', text: errorText(r.error) });
  };
  const exportAll = async () => {
    if (!overview) return;
    const r = await api.travel.export({ connectionIds: overview.connections.map((c) => c.connection.id) });
    if (r.ok && r.value.saved)
      setNotice({ design: 'Positive', text: t('export.done', { count: r.value.count, path: r.value.path }) });
    else if (!r.ok) setNotice({ design: 'Negative', text: errorText(r.error) });
  };

  const importButton = (
    <FilePickButton accept=".json" icon="upload" testId="home-import" onFile={(f) => void importFile(f)}>
      {t('import.action')}
    </FilePickButton>
  );

  return (
    <section
      aria-labelledby="home-title"
      className="home"
      data-testid="home"
      data-ready={overview ? 'true' : 'false'}
    >
      <Heading level={1} id="home-title" className="page-title">
        {t('title')}
      </Heading>
      {shownNotice && (
        <MessageStrip
          design={shownNotice.design}
          onClose={() => {
            setNotice(null);
            setLoadError(null);
          }}
          data-testid="home-notice"
        >
          {shownNotice.text}
        </MessageStrip>
      )}
      {overview && overview.connections.length === 0 && (
        <EmptyState icon="chain-link" title={t('empty.title')} text={t('empty.text')} testId="home-empty">
          <PlainButton
            design="Emphasized"
            onClick={() => go({ name: 'new-connection' })}
            data-testid="setup-connection"
          >
            {t('empty.action')}
          </PlainButton>
          {importButton}
        </EmptyState>
      )}
      {overview && overview.connections.length > 0 && (
        <>
          <div className="home-toolbar">
            <PlainButton
              design="Emphasized"
              onClick={() => go({ name: 'new-connection' })}
              data-testid="home-new-connection"
            >
              {t('empty.action')}
            </PlainButton>
            {importButton}
            <PlainButton onClick={() => void exportAll()} data-testid="home-export-all">
              {t('export.all')}
            </PlainButton>
          </div>
          <table className="home-table" aria-labelledby="home-title">
            <thead>
              <tr>
                <th scope="col">{t('columns.connection')}</th>
                <th scope="col">{t('columns.credentials')}</th>
                <th scope="col">{t('columns.lastTest')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.connections.map((item) => (
                <ConnectionRow key={item.connection.id} item={item} texts={rowTexts} onChanged={reloadSoon} />
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
