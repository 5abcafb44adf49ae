import { Button, Input, Label, MessageStrip, Option, Select, Text } from '@ui5/webcomponents-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connection } from '../../../../../shared/domain/connection';
import type { KeyPairSummary } from '../../../../../shared/domain/keypair';
import { api } from '../../../api';
import { ExpiryStatus } from '../../keypairs/ExpiryStatus';
import { ExpiryWarning, unusableNow } from '../../keypairs/ExpiryWarning';
import { ImportDialog } from '../../keypairs/ImportDialog';
import { useFieldState } from '../field-state';
import { CredentialWays } from '../../keypair-create/CredentialWays';
import { TrashOriginalOffer } from '../../keypair-create/TrashOriginalOffer';
import { StepHelp } from '../StepHelp';
import type { StepProps } from '../step-props';
import { useMessages } from '../../../i18n/messages';

interface Props extends StepProps {
  passwordStored: boolean;
  /** A password save has started: the wizard's Next waits for it (the saved connection, or null). */
  onPasswordSaving: (pending: Promise<Connection | null>) => void;
}

/**
 * Credentials: the key pair from "Edit Credentials" (imported into the vault), or the password.
 * The path to Edit Credentials > Certificate is KBA 3141132's
 * (https://userapps.support.sap.com/sap/support/knowledge/en/3141132: Administrator > General
 * Settings > Communication Arrangements > the arrangement > "Advanced Settings" > "Technical Data"
 * > "Edit Credentials" > "Certificate"); "View All" is what SAP's tenant certificate blog calls the
 * same step (https://community.sap.com/t5/crm-and-cx-blogs-by-sap/all-about-tenant-certificate-renewal-in-sap-cloud-for-customer/ba-p/13469059).
 * Password and certificate are both set in Edit Credentials
 * (https://userapps.support.sap.com/sap/support/knowledge/en/3742580); no source names a tab
 * inside it for the password, so the password path ends there.
 */
export function CredentialsStep(props: Props) {
  const { draft } = props;
  return draft.auth.method === 'client-certificate' ? (
    <KeyPairChoice {...props} />
  ) : (
    <PasswordEntry {...props} />
  );
}

function KeyPairChoice({ draft, update, errors, setKeyPairUnusable }: Props) {
  const { t } = useTranslation('wizard');
  const { errorText } = useMessages();
  const fieldState = useFieldState();
  const [keyPairs, setKeyPairs] = useState<KeyPairSummary[]>([]);
  const [importOpen, setImportOpen] = useState(false);
  const [session, setSession] = useState(0);
  const [practiceRunning, setPracticeRunning] = useState(false);
  const [practiceError, setPracticeError] = useState<string | null>(null);
  const [imported, setImported] = useState<{ id: string; file: File } | null>(null);
  const chosen = draft.auth.method === 'client-certificate' ? draft.auth.keyPairId : null;
  const reload = useCallback(async () => {
    const r = await api.keypair.list({});
    if (r.ok) setKeyPairs(r.value.keyPairs);
  }, []);
  useEffect(() => {
    let live = true;
    void api.keypair.list({}).then((r) => {
      if (live && r.ok) setKeyPairs(r.value.keyPairs);
    });
    // The practice tenant of this connection is running: its key pair is one click away.
    void api.practice.status({}).then((r) => {
      if (live && r.ok) setPracticeRunning(r.value.tenant?.tenantHost === draft.tenantHost);
    });
    return () => {
      live = false;
    };
  }, [draft.tenantHost]);
  const choose = (id: string | null) => update({ auth: { method: 'client-certificate', keyPairId: id } });
  const current = keyPairs.find((k) => k.id === chosen);
  const unusable = current ? unusableNow(current) : false;
  useEffect(() => setKeyPairUnusable(unusable), [unusable, setKeyPairUnusable]);
  const importPractice = async () => {
    setPracticeError(null);
    const r = await api.practice.importKeyPair({});
    if (!r.ok) {
      setPracticeError(errorText(r.error));
      return;
    }
    await reload();
    choose(r.value.id);
  };
  return (
    <div className="step-body">
      <StepHelp text={t('credentials.certHelp')} path={t('credentials.certPath')} />
      <div className="form-grid">
        <Label for="wz-keypair" showColon required>
          {t('credentials.keyPair')}
        </Label>
        <Select
          id="wz-keypair"
          className="field-medium"
          data-testid="wz-keypair"
          accessibleName={t('credentials.keyPair')}
          value={chosen ?? ''}
          {...fieldState('keyPair', { key: errors.keyPair })}
          onChange={(e) => choose(e.detail.selectedOption.dataset.value || null)}
        >
          <Option value="" data-value="">
            {t('credentials.noKeyPair')}
          </Option>
          {keyPairs.map((k) => (
            <Option key={k.id} value={k.id} data-value={k.id}>
              {k.name}
            </Option>
          ))}
        </Select>
        <span />
        <div className="inline-row">
          {practiceRunning && (
            <Button data-testid="wz-import-practice" onClick={() => void importPractice()}>
              {t('credentials.importPractice')}
            </Button>
          )}
          <Button
            data-testid="wz-import-keypair"
            onClick={() => {
              setSession((n) => n + 1);
              setImportOpen(true);
            }}
          >
            {t('credentials.import')}
          </Button>
        </div>
      </div>
      {practiceError && (
        <MessageStrip design="Negative" hideCloseButton role="alert">
          {practiceError}
        </MessageStrip>
      )}
      {current && (
        <div className="chosen-keypair" data-testid="wz-keypair-chosen">
          <Text>{current.certificate.subject}</Text>
          <ExpiryStatus keyPair={current} />
        </div>
      )}
      {current && <ExpiryWarning keyPair={current} testId="wz-keypair-validity" />}
      {imported && (
        <TrashOriginalOffer keyPairId={imported.id} file={imported.file} onDone={() => setImported(null)} />
      )}
      <CredentialWays
        technicalUser={draft.arrangement.technicalUser}
        communicationSystem={draft.system.systemId}
        onCreated={(k) => {
          choose(k.id);
          void reload();
        }}
      />
      <ImportDialog
        key={`wz-import-${String(session)}`}
        open={importOpen}
        initialFile={null}
        onClose={() => setImportOpen(false)}
        onImported={(k, file) => {
          setImportOpen(false);
          setImported({ id: k.id, file });
          choose(k.id);
          void reload();
        }}
      />
    </div>
  );
}

function PasswordEntry({ draft, errors, connectionId, passwordStored, onPasswordSaving }: Props) {
  const { t } = useTranslation('wizard');
  const fieldState = useFieldState();
  const { errorText } = useMessages();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Never rejects: the wizard's Next waits on this promise, and a rejected one would leave it
  // waiting for good.
  const store = async (id: string, sent: string): Promise<Connection | null> => {
    try {
      const r = await api.connection.setPassword({ connectionId: id, password: sent });
      if (r.ok) return r.value;
      setError(errorText(r.error));
      return null;
    } catch {
      setError(errorText({ code: 'INTERNAL', message: '', key: 'error.INTERNAL' }));
      return null;
    } finally {
      setBusy(false);
    }
  };
  const save = () => {
    if (!connectionId || !password || busy) return;
    setBusy(true);
    setError(null);
    // The field is cleared whatever the outcome: the password lives in the vault, not on screen.
    setPassword('');
    onPasswordSaving(store(connectionId, password));
  };
  return (
    <div className="step-body">
      <StepHelp text={t('credentials.basicHelp')} path={t('credentials.basicPath')} />
      <div className="form-grid">
        <Label showColon>{t('credentials.user')}</Label>
        <Text data-testid="wz-basic-user">{draft.arrangement.technicalUser}</Text>
        <Label for="wz-password" showColon required>
          {t('credentials.password')}
        </Label>
        <Input
          id="wz-password"
          type="Password"
          className="field-medium"
          data-testid="wz-password"
          accessibleName={t('credentials.password')}
          value={password}
          {...fieldState('password', { key: passwordStored ? undefined : errors.password })}
          onInput={(e) => setPassword(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') save();
          }}
        />
        <span />
        <Button onClick={save} disabled={!password || busy} data-testid="wz-save-password">
          {busy ? t('saving') : t('credentials.savePassword')}
        </Button>
      </div>
      {passwordStored && (
        <MessageStrip design="Positive" hideCloseButton data-testid="wz-password-stored">
          {t('credentials.passwordStored')}
        </MessageStrip>
      )}
      {error && (
        <MessageStrip design="Negative" hideCloseButton role="alert" data-testid="wz-password-error">
          {error}
        </MessageStrip>
      )}
    </div>
  );
}
