import './keypairs.css';
import { Button, MessageStrip, Title } from '@ui5/webcomponents-react';
import '@ui5/webcomponents-icons/dist/key.js';
import '@ui5/webcomponents-icons/dist/delete.js';
import '@ui5/webcomponents-icons/dist/upload.js';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../../shared/contract/keypairs';
import type { KeyPairSummary } from '../../../../shared/domain/keypair';
import { api } from '../../api';
import { keyPairsChanged } from '../../app/key-pair-changes';
import { EmptyState } from '../../components/EmptyState';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
import { ImportDialog } from './ImportDialog';
import { KeyPairDetails } from './KeyPairDetails';
import { KeyPairList } from './KeyPairList';
import { NewPasswordDialog } from './NewPasswordDialog';
import { RenameDialog } from './RenameDialog';
import { useOutsideChanges } from '../../app/useOutsideChanges';
import { errorText } from './format';
import { clearPendingImport, onImportRequest, peekPendingImport } from './import-requests';
import { uiLanguage } from '../../i18n/messages';
import { CertificateRequestActions } from '../keypair-create/CertificateRequestActions';
import { CreateKeyPairDialog } from '../keypair-create/CreateKeyPairDialog';
import { TrashOriginalOffer } from '../keypair-create/TrashOriginalOffer';

type Notice = { design: 'Positive' | 'Negative'; text: string } | null;

/** `select`: the key pair to show first, focused in the list (Home sends the one to renew). */
export function KeyPairsPage({ select }: { select?: string } = {}) {
  const { t, i18n } = useTranslation('keypairs');
  const [keyPairs, setKeyPairs] = useState<KeyPairSummary[] | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [pending] = useState(peekPendingImport);
  useEffect(clearPendingImport, []);
  const [importOpen, setImportOpen] = useState(pending !== null);
  const [importSession, setImportSession] = useState(0);
  const [renewing, setRenewing] = useState<KeyPairSummary | null>(null);
  const [droppedFile, setDroppedFile] = useState<File | null>(pending?.file ?? null);
  const [deleting, setDeleting] = useState<KeyPairSummary | null>(null);
  const [renaming, setRenaming] = useState<KeyPairSummary | null>(null);
  const [askNewPassword, setAskNewPassword] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const { t: tc } = useTranslation('keypair-create');
  const [createSession, setCreateSession] = useState(0);
  const [createOpen, setCreateOpen] = useState(false);
  const [imported, setImported] = useState<{ id: string; file: File } | null>(null);

  const apply = useCallback(
    (result: Awaited<ReturnType<typeof api.keypair.list>>, select?: string) => {
      if (!result.ok) {
        setNotice({ design: 'Negative', text: errorText(t, result.error, uiLanguage(i18n)) });
        setKeyPairs([]);
        return;
      }
      const list = result.value.keyPairs;
      setKeyPairs(list);
      setSelectedId((current) => {
        const wanted = select ?? current;
        return list.some((k) => k.id === wanted) ? wanted : (list[0]?.id ?? null);
      });
    },
    [t, i18n],
  );
  // After every change made here (and one made outside): the expiry banner asks again too.
  const reload = useCallback(
    async (selectId?: string) => {
      apply(await api.keypair.list({}), selectId);
      keyPairsChanged();
    },
    [apply],
  );
  // A key pair imported, renamed or deleted with the command line shows up without a restart.
  const reloadOutside = useCallback(() => reload(), [reload]);
  useOutsideChanges(reloadOutside);

  useEffect(() => {
    let live = true;
    void api.keypair.list({}).then((result) => {
      if (!live) return;
      apply(result, select);
      if (select) void focusListItem(select);
    });
    return () => {
      live = false;
    };
  }, [apply, select]);

  // A request made before this screen was shown (menu, drop) opens the dialog right away.
  useEffect(
    () =>
      onImportRequest(({ file }) => {
        setDroppedFile(file);
        setImportSession((n) => n + 1);
        setImportOpen(true);
      }),
    [],
  );

  const selected = keyPairs?.find((k) => k.id === selectedId) ?? null;

  const runExport = async (format: ExportFormat, newPassword?: string) => {
    if (!selected) return;
    const result = await api.keypair.export({
      id: selected.id,
      format,
      ...(newPassword ? { newPassword } : {}),
    });
    if (!result.ok) setNotice({ design: 'Negative', text: errorText(t, result.error, uiLanguage(i18n)) });
    else if (result.value.saved)
      setNotice({ design: 'Positive', text: t('export.saved', { path: result.value.path }) });
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    const result = await api.keypair.delete({ id: deleting.id });
    setNotice(
      result.ok
        ? { design: 'Positive', text: t('delete.done', { name: deleting.name }) }
        : { design: 'Negative', text: errorText(t, result.error, uiLanguage(i18n)) },
    );
    setDeleting(null);
    await reload();
  };

  const openImport = () => {
    setRenewing(null);
    setDroppedFile(null);
    setImportSession((n) => n + 1);
    setImportOpen(true);
  };

  return (
    <section aria-labelledby="keypairs-title" className="keypairs-page" data-testid="keypairs-page">
      <div className="keypairs-toolbar">
        <Title level="H1" id="keypairs-title" className="page-title">
          {t('title')}
        </Title>
        <Button design="Emphasized" icon="upload" onClick={openImport} data-testid="keypair-import">
          {t('import.action')}
        </Button>
        <Button
          icon="key"
          onClick={() => {
            setCreateSession((n) => n + 1);
            setCreateOpen(true);
          }}
          data-testid="keypair-create"
        >
          {tc('action')}
        </Button>
      </div>
      {notice && (
        <MessageStrip design={notice.design} onClose={() => setNotice(null)} data-testid="keypairs-notice">
          {notice.text}
        </MessageStrip>
      )}
      {imported && (
        <TrashOriginalOffer
          key={imported.id}
          keyPairId={imported.id}
          file={imported.file}
          onDone={() => setImported(null)}
        />
      )}
      {keyPairs?.length === 0 && (
        <EmptyState icon="key" title={t('empty.title')} text={t('empty.text')} testId="keypairs-empty">
          <Button design="Emphasized" onClick={openImport}>
            {t('import.action')}
          </Button>
        </EmptyState>
      )}
      {keyPairs && keyPairs.length > 0 && (
        <div className="keypairs-layout">
          <KeyPairList keyPairs={keyPairs} selectedId={selectedId} onSelect={setSelectedId} />
          {selected && (
            <KeyPairDetails
              keyPair={selected}
              onDelete={() => setDeleting(selected)}
              onRename={() => setRenaming(selected)}
              onRenew={() => {
                setRenewing(selected);
                setDroppedFile(null);
                setImportSession((n) => n + 1);
                setImportOpen(true);
              }}
              onExport={(format) => {
                if (format === 'p12-new-password') setAskNewPassword(true);
                else void runExport(format);
              }}
            />
          )}
          {selected && (
            <CertificateRequestActions
              keyPair={selected}
              onSaved={(path) => setNotice({ design: 'Positive', text: tc('csr.saved', { path }) })}
              onAttached={(k) => {
                setNotice({ design: 'Positive', text: tc('csr.attached', { name: k.name }) });
                void reload(k.id);
              }}
              onError={(error) => setNotice({ design: 'Negative', text: errorText(t, error) })}
            />
          )}
        </div>
      )}
      <ImportDialog
        key={`import-${importSession}`}
        open={importOpen}
        initialFile={droppedFile}
        renewing={renewing}
        onClose={() => setImportOpen(false)}
        onImported={(k, file) => {
          setImportOpen(false);
          setImported({ id: k.id, file });
          // The same certificate again (a lost stored key restored): Cloud Integration keeps its own.
          const restored = renewing !== null && renewing.certificate.sha256 === k.certificate.sha256;
          setNotice({
            design: 'Positive',
            text: t(restored ? 'renew.restored' : renewing ? 'renew.done' : 'import.done', { name: k.name }),
          });
          setRenewing(null);
          void reload(k.id);
        }}
      />
      <RenameDialog
        key={`rename-${renaming?.id ?? ''}`}
        keyPair={renaming}
        onCancel={() => setRenaming(null)}
        onRenamed={(k) => {
          setNotice({
            design: 'Positive',
            text: t('rename.done', { from: renaming?.name ?? '', name: k.name }),
          });
          setRenaming(null);
          void reload(k.id);
        }}
      />
      <CreateKeyPairDialog
        key={`create-${createSession}`}
        open={createOpen}
        onClose={() => setCreateOpen(false)}
        onCreated={(k) => {
          setCreateOpen(false);
          setNotice({ design: 'Positive', text: tc('created', { name: k.name }) });
          void reload(k.id);
        }}
      />
      <ConfirmDeleteDialog
        name={deleting?.name ?? null}
        onCancel={() => setDeleting(null)}
        onConfirm={() => void confirmDelete()}
      />
      <NewPasswordDialog
        key={`new-password-${askNewPassword}`}
        open={askNewPassword}
        onCancel={() => setAskNewPassword(false)}
        onConfirm={(password) => {
          setAskNewPassword(false);
          void runExport('p12-new-password', password);
        }}
      />
    </section>
  );
}

/**
 * The keyboard user arrives where the list shows the key pair they came for (focus would otherwise
 * stay on the page's body). The list is a lazily loaded UI5 component: its item is looked for each
 * frame, focused once it is defined and rendered, and focused again if a late render of the list
 * took it away, for at most two seconds.
 */
async function focusListItem(id: string): Promise<void> {
  const deadline = performance.now() + 2000;
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  // Somewhere the user went on their own (a dialog, another control) is left alone.
  const elsewhere = (item: HTMLElement) =>
    document.activeElement !== null &&
    document.activeElement !== document.body &&
    document.activeElement !== item;
  let focused = false;
  while (performance.now() < deadline) {
    await frame();
    const item = document.querySelector<HTMLElement>(
      `[data-testid="keypair-list-item"][data-id="${CSS.escape(id)}"]`,
    );
    if (!item?.shadowRoot?.firstElementChild) continue;
    if (focused && elsewhere(item)) return;
    if (document.activeElement === item) {
      await frame();
      if (document.activeElement === item) return;
    }
    item.focus();
    focused = true;
  }
}
