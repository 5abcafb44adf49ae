import {
  Bar,
  Button,
  CheckBox,
  Dialog,
  FileUploader,
  Input,
  Label,
  MessageStrip,
  Text,
} from '@ui5/webcomponents-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_KEY_PAIR_FILE_BYTES } from '../../../../shared/constants';
import type { KeyPairSummary } from '../../../../shared/domain/keypair';
import { api } from '../../api';
import { ExpiryWarning } from './ExpiryWarning';
import { errorText } from './format';
// The dialog opens from the wizard and Home too: it brings its own layout.
import './keypairs.css';
import { isKeyPairFileName } from './import-requests';
import { uiLanguage } from '../../i18n/messages';

interface Props {
  open: boolean;
  /** A file dropped on the window, already chosen. */
  initialFile: File | null;
  onClose: () => void;
  /** `file` is the .p12 just read, for the offer to move it to the trash. */
  onImported: (keyPair: KeyPairSummary, file: File) => void;
  /** Renewal: the new .p12 replaces this key pair (same name and id; the old one stays until the new one is stored). */
  renewing?: KeyPairSummary | null;
}

const TIME_WARNINGS = new Set(['CERT_EXPIRED', 'CERT_NOT_YET_VALID', 'CERT_EXPIRES_SOON']);

const baseName = (fileName: string): string => fileName.replace(/\.(p12|pfx)$/i, '');

/**
 * The one place a password and the file bytes leave the renderer: read the File as bytes, send
 * both once in keypair:import, and clear the password field whatever the outcome.
 */
export function ImportDialog({ open, initialFile, onClose, onImported, renewing = null }: Props) {
  const { t, i18n } = useTranslation('keypairs');
  // The parent gives each opening a new key, so these start fresh every time.
  const [file, setFile] = useState<File | null>(initialFile);
  const [name, setName] = useState(renewing?.name ?? (initialFile ? baseName(initialFile.name) : ''));
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [nameTouched, setNameTouched] = useState(false);
  // Imported, but its certificate's dates need a word before the dialog closes.
  const [imported, setImported] = useState<KeyPairSummary | null>(null);

  const choose = (chosen: File | null) => {
    setError(null);
    if (chosen && !isKeyPairFileName(chosen.name)) {
      setError(t('errors.notP12'));
      return;
    }
    setFile(chosen);
    // The file name is a suggestion only until the user types a name of their own.
    if (chosen && !nameTouched) setName(baseName(chosen.name));
  };

  const submit = async () => {
    if (!file || busy) return;
    if (file.size > MAX_KEY_PAIR_FILE_BYTES) {
      setError(t('errors.FILE_TOO_LARGE'));
      return;
    }
    setBusy(true);
    setError(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const sent = password;
    setPassword('');
    const result = renewing
      ? await api.keypair.replace({ id: renewing.id, fileName: file.name, bytes, password: sent })
      : await api.keypair.import({ name: name.trim(), fileName: file.name, bytes, password: sent });
    setBusy(false);
    if (result.ok) {
      const dated = result.value.warnings.some((w) => TIME_WARNINGS.has(w));
      if (dated) setImported(result.value);
      else onImported(result.value, file);
      return;
    }
    setError(errorText(t, result.error, uiLanguage(i18n)));
  };

  const canImport = file !== null && name.trim() !== '' && !busy;
  const close = () => (imported && file ? onImported(imported, file) : onClose());

  return (
    <Dialog
      open={open}
      headerText={renewing ? t('renew.title', { name: renewing.name }) : t('import.title')}
      data-testid="keypair-import-dialog"
      onClose={close}
      footer={
        <Bar
          design="Footer"
          endContent={
            imported ? (
              <Button design="Emphasized" onClick={close} data-testid="keypair-import-done">
                {t('import.close')}
              </Button>
            ) : (
              <>
                <Button
                  design="Emphasized"
                  disabled={!canImport}
                  onClick={() => void submit()}
                  data-testid="keypair-import-submit"
                >
                  {busy ? t('import.busy') : renewing ? t('renew.submit') : t('import.submit')}
                </Button>
                <Button design="Transparent" onClick={onClose} data-testid="keypair-import-cancel">
                  {t('actions.cancel')}
                </Button>
              </>
            )
          }
        />
      }
    >
      {imported && (
        <div className="keypair-import-form" data-testid="keypair-imported">
          <Text>{t('import.done', { name: imported.name })}</Text>
          <ExpiryWarning keyPair={imported} testId="keypair-import-validity" />
        </div>
      )}
      <form
        hidden={imported !== null}
        className="keypair-import-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Label for="keypair-file" showColon required>
          {t('import.file')}
        </Label>
        <FileUploader
          id="keypair-file"
          accept=".p12,.pfx"
          accessibleName={t('import.file')}
          placeholder={t('import.filePlaceholder')}
          value={file?.name ?? ''}
          data-testid="keypair-file"
          onChange={(e) => choose(e.detail.files?.[0] ?? null)}
        />
        <Text className="keypair-hint" data-testid="keypair-import-hint">
          {/* A key pair whose stored key is lost needs its own file again, not a new one from C4C. */}
          {renewing
            ? t(renewing.warnings.includes('SECRET_MISSING') ? 'renew.hintLost' : 'renew.hint')
            : t('import.dropHint')}
        </Text>
        {!renewing && (
          <>
            <Label for="keypair-name" showColon required>
              {t('import.name')}
            </Label>
            <Input
              id="keypair-name"
              accessibleName={t('import.name')}
              value={name}
              maxlength={100}
              data-testid="keypair-name"
              onInput={(e) => {
                setNameTouched(true);
                setName(e.target.value);
              }}
            />
          </>
        )}
        <Label for="keypair-password" showColon>
          {t('import.password')}
        </Label>
        <Input
          id="keypair-password"
          type={showPassword ? 'Text' : 'Password'}
          accessibleName={t('import.password')}
          value={password}
          data-testid="keypair-password"
          onInput={(e) => setPassword(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void submit();
          }}
        />
        <CheckBox
          text={t('import.showPassword')}
          checked={showPassword}
          data-testid="keypair-show-password"
          onChange={(e) => setShowPassword(e.target.checked)}
        />
        {error && (
          <MessageStrip design="Negative" hideCloseButton data-testid="keypair-import-error" role="alert">
            {error}
          </MessageStrip>
        )}
      </form>
    </Dialog>
  );
}
