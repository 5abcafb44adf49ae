import { Bar, Button, Dialog, Text } from '@ui5/webcomponents-react';
import { useTranslation } from 'react-i18next';

export type CredentialChoice = 'keep' | 'forget';

interface Props {
  /** The new tenant host, or null when the dialog is closed. */
  host: string | null;
  onAnswer: (choice: CredentialChoice | null) => void;
}

/**
 * Asked when the tenant host or proxy of a connection holding a password or client certificate
 * changes (main answers CONFIRM_CREDENTIALS): the user keeps sending it there, or enters it again.
 */
export function ConfirmCredentialsDialog({ host, onAnswer }: Props) {
  const { t } = useTranslation('wizard');
  return (
    <Dialog
      open={host !== null}
      headerText={t('confirmCredentials.title')}
      state="Critical"
      data-testid="wz-confirm-credentials"
      onClose={() => onAnswer(null)}
      footer={
        <Bar
          design="Footer"
          endContent={
            <>
              <Button onClick={() => onAnswer('keep')} data-testid="wz-credentials-keep">
                {t('confirmCredentials.keep')}
              </Button>
              <Button
                design="Emphasized"
                onClick={() => onAnswer('forget')}
                data-testid="wz-credentials-forget"
              >
                {t('confirmCredentials.forget')}
              </Button>
              <Button design="Transparent" onClick={() => onAnswer(null)}>
                {t('confirmCredentials.cancel')}
              </Button>
            </>
          }
        />
      }
    >
      <Text>{t('confirmCredentials.text', { host: host ?? '' })}</Text>
    </Dialog>
  );
}
