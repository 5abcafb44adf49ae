import { Button, Input, Label, MessageStrip, Option, Select, Text } from '@ui5/webcomponents-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyPairSummary } from '../../../../../shared/domain/keypair';
import { api } from '../../../api';
import { ExpiryStatus } from '../../keypairs/ExpiryStatus';
import { ImportDialog } from '../../keypairs/ImportDialog';
import { FieldError } from '../FieldError';
import { StepHelp } from '../StepHelp';
import type { StepProps } from '../step-props';

interface Props extends StepProps {
  passwordStored: boolean;
  onPasswordStored: (auth: StepProps['draft']['auth']) => void;
}

/** Credentials: the key pair from "Edit Credentials" (imported into the vault), or the password. */
export function CredentialsStep(props: Props) {
  const { draft } = props;
  return draft.auth.method === 'client-certificate' ? (
    <KeyPairChoice {...props} />
  ) : (
    <PasswordEntry {...props} />
  );
}

function KeyPairChoice({ draft, update, errors }: Props) {
  const { t } = useTranslation('wizard');
  const [keyPairs, setKeyPairs] = useState<KeyPairSummary[]>([]);
  const [importOpen, setImportOpen] = useState(false);
  const [session, setSession] = useState(0);
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
    return () => {
      live = false;
    };
  }, []);
  const choose = (id: string | null) => update({ auth: { method: 'client-certificate', keyPairId: id } });
  const current = keyPairs.find((k) => k.id === chosen);
  return (
    <div className="step-body">
      <StepHelp text={t('credentials.certHelp')} path={t('credentials.certPath')} />
      <div className="form-grid">
        <Label for="wz-keypair" showColon required>
          {t('credentials.keyPair')}
        </Label>
        <div>
          <Select
            id="wz-keypair"
            data-testid="wz-keypair"
            accessibleName={t('credentials.keyPair')}
            value={chosen ?? ''}
            valueState={errors.keyPair ? 'Negative' : 'None'}
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
          <FieldError id="keyPair" error={errors.keyPair} />
        </div>
        <span />
        <Button
          design={chosen ? 'Default' : 'Emphasized'}
          data-testid="wz-import-keypair"
          onClick={() => {
            setSession((n) => n + 1);
            setImportOpen(true);
          }}
        >
          {t('credentials.import')}
        </Button>
      </div>
      {current && (
        <div className="chosen-keypair" data-testid="wz-keypair-chosen">
          <Text>{current.certificate.subject}</Text>
          <ExpiryStatus keyPair={current} />
        </div>
      )}
      <ImportDialog
        key={`wz-import-${String(session)}`}
        open={importOpen}
        initialFile={null}
        onClose={() => setImportOpen(false)}
        onImported={(k) => {
          setImportOpen(false);
          choose(k.id);
          void reload();
        }}
      />
    </div>
  );
}

function PasswordEntry({ draft, errors, connectionId, passwordStored, onPasswordStored }: Props) {
  const { t } = useTranslation('wizard');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    if (!connectionId || !password || busy) return;
    setBusy(true);
    setError(null);
    const sent = password;
    // The field is cleared whatever the outcome: the password lives in the vault, not on screen.
    setPassword('');
    const r = await api.connection.setPassword({ connectionId, password: sent });
    setBusy(false);
    if (r.ok) onPasswordStored(r.value.auth);
    else setError(r.error.message);
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
        <div>
          <Input
            id="wz-password"
            type="Password"
            data-testid="wz-password"
            accessibleName={t('credentials.password')}
            value={password}
            valueState={errors.password && !passwordStored ? 'Negative' : 'None'}
            onInput={(e) => setPassword(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void save();
            }}
          />
          <FieldError id="password" error={passwordStored ? undefined : errors.password} />
        </div>
        <span />
        <Button onClick={() => void save()} disabled={!password || busy} data-testid="wz-save-password">
          {t('credentials.savePassword')}
        </Button>
      </div>
      {passwordStored && (
        <MessageStrip design="Positive" hideCloseButton data-testid="wz-password-stored">
          {t('credentials.passwordStored')}
        </MessageStrip>
      )}
      {error && (
        <MessageStrip design="Negative" hideCloseButton role="alert">
          {error}
        </MessageStrip>
      )}
    </div>
  );
}
