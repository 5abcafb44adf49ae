import { MessageStrip } from '@ui5/webcomponents-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../components/FormDialog';
import { LabeledInput } from '../../components/LabeledInput';

interface Props {
  open: boolean;
  onConfirm: (password: string) => void;
  onCancel: () => void;
}

/** The new password for "export with a new password", typed twice. The parent remounts it per opening. */
export function NewPasswordDialog({ open, onConfirm, onCancel }: Props) {
  const { t } = useTranslation('keypairs');
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const mismatch = second !== '' && first !== second;
  const confirm = () => {
    if (first === '' || first !== second) return;
    const password = first;
    setFirst('');
    setSecond('');
    onConfirm(password);
  };
  return (
    <FormDialog
      open={open}
      headerText={t('export.newPasswordTitle')}
      testId="keypair-new-password-dialog"
      onClose={onCancel}
      submit={{
        text: t('export.save'),
        disabled: first === '' || first !== second,
        onClick: confirm,
        testId: 'keypair-new-password-confirm',
      }}
      cancelText={t('actions.cancel')}
    >
      <LabeledInput
        id="keypair-new-password"
        type="Password"
        label={t('export.newPassword')}
        testId="keypair-new-password"
        value={first}
        required
        onInput={setFirst}
      />
      <LabeledInput
        id="keypair-new-password-again"
        type="Password"
        label={t('export.repeatPassword')}
        testId="keypair-new-password-again"
        value={second}
        required
        valueState={mismatch ? 'Negative' : 'None'}
        onInput={setSecond}
      />
      {mismatch && (
        <MessageStrip design="Negative" hideCloseButton>
          {t('export.mismatch')}
        </MessageStrip>
      )}
    </FormDialog>
  );
}
