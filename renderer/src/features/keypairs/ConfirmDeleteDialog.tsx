import { Bar, Button, Dialog, Text } from '@ui5/webcomponents-react';
import { useTranslation } from 'react-i18next';

interface Props {
  name: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDeleteDialog({ name, onConfirm, onCancel }: Props) {
  const { t } = useTranslation('keypairs');
  return (
    <Dialog
      open={name !== null}
      headerText={t('delete.title')}
      state="Critical"
      data-testid="keypair-delete-dialog"
      onClose={onCancel}
      footer={
        <Bar
          design="Footer"
          endContent={
            <>
              <Button design="Negative" onClick={onConfirm} data-testid="keypair-delete-confirm">
                {t('delete.confirm')}
              </Button>
              <Button design="Transparent" onClick={onCancel}>
                {t('actions.cancel')}
              </Button>
            </>
          }
        />
      }
    >
      <Text>{t('delete.text', { name: name ?? '' })}</Text>
    </Dialog>
  );
}
