import { Bar, Button, Dialog, Input, Label, MessageStrip } from '@ui5/webcomponents-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

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
    <Dialog
      open={open}
      headerText={t('export.newPasswordTitle')}
      data-testid="keypair-new-password-dialog"
      onClose={onCancel}
      footer={
        <Bar
          design="Footer"
          endContent={
            <>
              <Button
                design="Emphasized"
                disabled={first === '' || first !== second}
                onClick={confirm}
                data-testid="keypair-new-password-confirm"
              >
                {t('export.save')}
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
        <Label for="keypair-new-password" showColon required>
          {t('export.newPassword')}
        </Label>
        <Input
          id="keypair-new-password"
          type="Password"
          accessibleName={t('export.newPassword')}
          value={first}
          data-testid="keypair-new-password"
          onInput={(e) => setFirst(e.target.value)}
        />
        <Label for="keypair-new-password-again" showColon required>
          {t('export.repeatPassword')}
        </Label>
        <Input
          id="keypair-new-password-again"
          type="Password"
          accessibleName={t('export.repeatPassword')}
          value={second}
          valueState={mismatch ? 'Negative' : 'None'}
          data-testid="keypair-new-password-again"
          onInput={(e) => setSecond(e.target.value)}
        />
        {mismatch && (
          <MessageStrip design="Negative" hideCloseButton>
            {t('export.mismatch')}
          </MessageStrip>
        )}
      </div>
    </Dialog>
  );
}
