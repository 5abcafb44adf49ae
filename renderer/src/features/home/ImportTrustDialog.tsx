import { Bar, Button, Dialog, Text } from '@ui5/webcomponents-react';
import { useTranslation } from 'react-i18next';

export interface ImportTrust {
  hosts: string[];
  certificates: { subject: string; fingerprint: string }[];
}

interface Props {
  trust: ImportTrust | null;
  onAnswer: (accept: boolean) => void;
}

/**
 * A connections file that brings its own CA certificates is imported only after the user saw what
 * it would trust: the hosts and each certificate by subject and fingerprint (issue 9).
 */
export function ImportTrustDialog({ trust, onAnswer }: Props) {
  const { t } = useTranslation('home');
  return (
    <Dialog
      open={trust !== null}
      headerText={t('import.trustTitle')}
      state="Critical"
      data-testid="home-import-trust"
      onClose={() => onAnswer(false)}
      footer={
        <Bar
          design="Footer"
          endContent={
            <>
              <Button
                design="Emphasized"
                onClick={() => onAnswer(true)}
                data-testid="home-import-trust-accept"
              >
                {t('import.trustAccept')}
              </Button>
              <Button design="Transparent" onClick={() => onAnswer(false)}>
                {t('import.trustCancel')}
              </Button>
            </>
          }
        />
      }
    >
      <Text>{t('import.trustText')}</Text>
      <h3>{t('import.trustHosts')}</h3>
      <ul>
        {trust?.hosts.map((h) => (
          <li key={h}>{h}</li>
        ))}
      </ul>
      <h3>{t('import.trustCertificates')}</h3>
      <ul>
        {trust?.certificates.map((c) => (
          <li key={c.fingerprint}>
            {c.subject}
            <br />
            <code>{c.fingerprint}</code>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
