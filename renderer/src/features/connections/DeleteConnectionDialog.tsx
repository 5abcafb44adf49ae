import { Bar, Button, CheckBox, Dialog, Text } from '@ui5/webcomponents-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HomeConnection } from '../../../../shared/contract/wizard';

/** Delete with confirmation: the password goes from the vault too; the key pair only if asked. */
export function DeleteConnectionDialog(props: {
  open: boolean;
  item: HomeConnection;
  onConfirm: (deleteKeyPair: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('connections');
  const [withKeyPair, setWithKeyPair] = useState(false);
  const c = props.item.connection;
  return (
    <Dialog
      open={props.open}
      headerText={t('delete.title', { name: c.name })}
      data-testid="connection-delete-dialog"
      onClose={props.onCancel}
      footer={
        <Bar
          design="Footer"
          endContent={
            <>
              <Button
                design="Negative"
                onClick={() => props.onConfirm(withKeyPair)}
                data-testid="connection-delete-confirm"
              >
                {t('delete.confirm')}
              </Button>
              <Button design="Transparent" onClick={props.onCancel}>
                {t('delete.cancel')}
              </Button>
            </>
          }
        />
      }
    >
      <Text>{c.auth.method === 'basic' ? t('delete.textPassword') : t('delete.text')}</Text>
      {props.item.keyPair && (
        <CheckBox
          text={t('delete.withKeyPair', { name: props.item.keyPair.name })}
          checked={withKeyPair}
          onChange={(e) => setWithKeyPair(e.target.checked)}
          data-testid="connection-delete-keypair"
        />
      )}
    </Dialog>
  );
}
