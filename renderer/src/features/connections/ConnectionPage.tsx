import { Button, Label, MessageStrip, ObjectStatus, Text, Title } from '@ui5/webcomponents-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HomeConnection } from '../../../../shared/contract/wizard';
import type { TestResult } from '../../../../shared/domain/diagnosis';
import { api } from '../../api';
import { useNavigation } from '../../app/navigation';
import { ConnectionTestResult } from '../connection-test/index';
import { credentialsFix, keyPairState, keyPairText } from '../home/status';
import { DeleteConnectionDialog } from './DeleteConnectionDialog';
import { AccessMatrixPanel } from '../access-check/AccessMatrixPanel';
import './connections.css';
import { useMessages } from '../../i18n/messages';

type Notice = { design: 'Positive' | 'Negative'; text: string } | null;

/** One connection: what was set up, its state, the test, and export / duplicate / delete. */
export function ConnectionPage({ id }: { id: string }) {
  const { t } = useTranslation('connections');
  const { errorText } = useMessages();
  const th = useTranslation('home').t;
  const { go } = useNavigation();
  const [item, setItem] = useState<HomeConnection | null>(null);
  const [history, setHistory] = useState<TestResult[]>([]);
  const [result, setResult] = useState<TestResult | null>(null);
  const [running, setRunning] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [deleting, setDeleting] = useState(false);

  const load = useCallback(
    () => Promise.all([api.home.overview({}), api.connection.history({ connectionId: id })]),
    [id],
  );
  const apply = useCallback(
    ([o, h]: Awaited<ReturnType<typeof load>>) => {
      if (o.ok) setItem(o.value.connections.find((c) => c.connection.id === id) ?? null);
      if (h.ok) setHistory(h.value.results);
    },
    [id],
  );
  const reload = useCallback(async () => apply(await load()), [apply, load]);
  useEffect(() => {
    let live = true;
    void load().then((r) => {
      if (live) apply(r);
    });
    return () => {
      live = false;
    };
  }, [load, apply]);

  if (!item) return null;
  const c = item.connection;
  const fix = credentialsFix(item);
  const fail = (text: string) => setNotice({ design: 'Negative', text });

  const test = async () => {
    setRunning(true);
    const r = await api.connection.test({ connectionId: id });
    setRunning(false);
    if (r.ok) setResult(r.value);
    else fail(errorText(r.error));
    await reload();
  };
  const exportOne = async () => {
    const r = await api.travel.export({ connectionIds: [id] });
    if (r.ok && r.value.saved) setNotice({ design: 'Positive', text: t('exported', { path: r.value.path }) });
    else if (!r.ok) fail(errorText(r.error));
  };
  const duplicate = async () => {
    const r = await api.connection.duplicate({ connectionId: id });
    if (r.ok) go({ name: 'connection', id: r.value.id });
    else fail(errorText(r.error));
  };
  const remove = async (deleteKeyPair: boolean) => {
    setDeleting(false);
    const r = await api.connection.remove({ connectionId: id, deleteKeyPair });
    if (r.ok) go({ name: 'home' });
    else fail(errorText(r.error));
  };

  return (
    <section aria-labelledby="connection-title" className="connection-page" data-testid="connection-page">
      <Title level="H1" id="connection-title" className="page-title">
        {c.name}
      </Title>
      <div className="connection-actions">
        {item.setupStep && (
          <Button
            design="Emphasized"
            onClick={() => go({ name: 'wizard', connectionId: id })}
            data-testid="connection-continue"
          >
            {th('actions.continue')}
          </Button>
        )}
        {/* Its secret is gone: the fix first, as on Home (the test can only fail until then). */}
        {!item.setupStep && item.needsSecret && (
          <Button
            design="Emphasized"
            onClick={() => go(fix.route)}
            data-testid="connection-fix-credentials"
          >
            {th(fix.textKey)}
          </Button>
        )}
        <Button
          onClick={() => go({ name: 'wizard', connectionId: id, step: 'tenant' })}
          data-testid="connection-edit"
        >
          {t('edit')}
        </Button>
        <Button onClick={() => go({ name: 'odata', connectionId: id })} data-testid="connection-explore">
          {t('explore')}
        </Button>
        <Button onClick={() => void exportOne()} data-testid="connection-export">
          {t('export')}
        </Button>
        <Button onClick={() => void duplicate()} data-testid="connection-duplicate">
          {t('duplicate')}
        </Button>
        <Button design="Negative" onClick={() => setDeleting(true)} data-testid="connection-delete">
          {t('delete.action')}
        </Button>
      </div>
      {notice && (
        <MessageStrip design={notice.design} onClose={() => setNotice(null)} data-testid="connection-notice">
          {notice.text}
        </MessageStrip>
      )}
      <div className="form-grid connection-facts">
        <Label showColon>{t('facts.tenant')}</Label>
        <Text>{c.tenantHost}</Text>
        <Label showColon>{t('facts.environment')}</Label>
        <Text>{th(`environments.${c.environment}`)}</Text>
        <Label showColon>{t('facts.system')}</Label>
        <Text>{c.system.systemId}</Text>
        <Label showColon>{t('facts.technicalUser')}</Label>
        <Text>{c.arrangement.technicalUser}</Text>
        <Label showColon>{t('facts.services')}</Label>
        <Text>{c.arrangement.services.map((s) => s.path).join(', ')}</Text>
        <Label showColon>{t('facts.credentials')}</Label>
        <ObjectStatus state={keyPairState(item)} showDefaultIcon>
          {keyPairText(th, item)}
        </ObjectStatus>
      </div>
      <ConnectionTestResult
        connectionId={id}
        result={result}
        running={running}
        history={history}
        onRetry={() => void test()}
        onCancel={() => void api.connection.cancelTest({ connectionId: id })}
      />
      <AccessMatrixPanel connectionId={id} />
      <DeleteConnectionDialog
        open={deleting}
        item={item}
        onConfirm={(withKeyPair) => void remove(withKeyPair)}
        onCancel={() => setDeleting(false)}
      />
    </section>
  );
}
