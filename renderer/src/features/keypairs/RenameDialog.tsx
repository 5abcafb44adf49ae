import { Bar, Button, Dialog, Input, Label, MessageStrip } from '@ui5/webcomponents-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyPairSummary } from '../../../../shared/domain/keypair';
import { api } from '../../api';
import { errorText } from './format';

interface Props {
  keyPair: KeyPairSummary | null;
  onRenamed: (keyPair: KeyPairSummary) => void;
  onCancel: () => void;
}

/**
 * A new name for a key pair. Main checks it (1 to 100 characters, unique without regard to case)
 * and says why not; connections point at the key pair's id, so they and the hand-over's keystore
 * alias follow. The parent remounts it per opening.
 */
export function RenameDialog({ keyPair, onRenamed, onCancel }: Props) {
  const { t } = useTranslation('keypairs');
  const [name, setName] = useState(keyPair?.name ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const trimmed = name.trim();
  const submit = async () => {
    if (!keyPair || trimmed === '' || busy) return;
    setBusy(true);
    const result = await api.keypair.rename({ id: keyPair.id, name: trimmed });
    setBusy(false);
    if (result.ok) onRenamed(result.value);
    else setError(errorText(t, result.error));
  };
  return (
    <Dialog
      open={keyPair !== null}
      headerText={t('rename.title', { name: keyPair?.name ?? '' })}
      data-testid="keypair-rename-dialog"
      onClose={onCancel}
      footer={
        <Bar
          design="Footer"
          endContent={
            <>
              <Button
                design="Emphasized"
                disabled={trimmed === '' || trimmed === keyPair?.name || busy}
                onClick={() => void submit()}
                data-testid="keypair-rename-confirm"
              >
                {t('rename.submit')}
              </Button>
              <Button design="Transparent" onClick={onCancel}>
                {t('actions.cancel')}
              </Button>
            </>
          }
        />
      }
    >
      <div className="keypair-import-form">
        <Label for="keypair-rename-name" showColon required>
          {t('import.name')}
        </Label>
        <Input
          id="keypair-rename-name"
          accessibleName={t('import.name')}
          value={name}
          maxlength={100}
          data-testid="keypair-rename-name"
          onInput={(e) => {
            setName(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void submit();
          }}
        />
        <MessageStrip design="Information" hideCloseButton>
          {t('rename.hint')}
        </MessageStrip>
        {error && (
          <MessageStrip design="Negative" hideCloseButton data-testid="keypair-rename-error">
            {error}
          </MessageStrip>
        )}
      </div>
    </Dialog>
  );
}
