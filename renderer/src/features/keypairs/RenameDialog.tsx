import { MessageStrip } from '@ui5/webcomponents-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyPairSummary } from '../../../../shared/domain/keypair';
import { api } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { LabeledInput } from '../../components/LabeledInput';
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
    <FormDialog
      open={keyPair !== null}
      headerText={t('rename.title', { name: keyPair?.name ?? '' })}
      testId="keypair-rename-dialog"
      onClose={onCancel}
      submit={{
        text: t('rename.submit'),
        disabled: trimmed === '' || trimmed === keyPair?.name || busy,
        onClick: () => void submit(),
        testId: 'keypair-rename-confirm',
      }}
      cancelText={t('actions.cancel')}
    >
      <LabeledInput
        id="keypair-rename-name"
        label={t('import.name')}
        testId="keypair-rename-name"
        value={name}
        required
        maxlength={100}
        onInput={(value) => {
          setName(value);
          setError(null);
        }}
        onEnter={() => void submit()}
      />
      <MessageStrip design="Information" hideCloseButton>
        {t('rename.hint')}
      </MessageStrip>
      {error && (
        <MessageStrip design="Negative" hideCloseButton data-testid="keypair-rename-error">
          {error}
        </MessageStrip>
      )}
    </FormDialog>
  );
}
