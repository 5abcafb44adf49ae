import { Button, MessageStrip, Text, Title } from '@ui5/webcomponents-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyPairSummary } from '../../../../shared/domain/keypair';
import { api } from '../../api';
import { CreateKeyPairDialog } from './CreateKeyPairDialog';

interface Props {
  technicalUser: string;
  communicationSystem: string;
  /** The created key pair becomes the connection's key pair. */
  onCreated: (keyPair: KeyPairSummary) => void;
}

/**
 * The three ways to give the technical user its credentials, in a consultant's words, and the
 * "create one here" path (issue 13). A self-contained block for the credentials step.
 *
 * The certificate is uploaded in Edit Credentials > Certificate, and C4C takes only a .cer file
 * whose name has one dot, else "This file type is not permitted"
 * (https://userapps.support.sap.com/sap/support/knowledge/en/3141132); fileNameFor gives a .cer
 * export such a name. The "Create and Download Key Pair" wording of the first way is the step's
 * existing text.
 */
export function CredentialWays({ technicalUser, communicationSystem, onCreated }: Props) {
  const { t } = useTranslation('keypair-create');
  const [open, setOpen] = useState(false);
  const [session, setSession] = useState(0);
  const [created, setCreated] = useState<KeyPairSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const exportCert = async (format: 'cert-der' | 'cert-pem') => {
    if (!created) return;
    const r = await api.keypair.export({ id: created.id, format });
    if (!r.ok) setError(r.error.message);
  };
  return (
    <section
      className="credential-ways"
      aria-labelledby="credential-ways-title"
      data-testid="credential-ways"
    >
      <Title level="H3" id="credential-ways-title">
        {t('ways.title')}
      </Title>
      <ol className="credential-ways-list">
        <li>
          <Text>{t('ways.download')}</Text>
        </li>
        <li>
          <Text>{t('ways.create')}</Text>{' '}
          <Button
            data-testid="wz-create-keypair"
            onClick={() => {
              setSession((n) => n + 1);
              setOpen(true);
            }}
          >
            {t('ways.createAction')}
          </Button>
        </li>
        <li>
          <Text>{t('ways.password')}</Text>
        </li>
      </ol>
      {created && (
        <MessageStrip design="Positive" hideCloseButton data-testid="wz-created-keypair">
          {t('ways.created', { name: created.name })}{' '}
          <Button
            design="Transparent"
            onClick={() => void exportCert('cert-der')}
            data-testid="wz-created-export-cer"
          >
            {t('ways.exportCer')}
          </Button>
          <Button
            design="Transparent"
            onClick={() => void exportCert('cert-pem')}
            data-testid="wz-created-export-crt"
          >
            {t('ways.exportCrt')}
          </Button>
        </MessageStrip>
      )}
      {error && (
        <MessageStrip design="Negative" hideCloseButton role="alert">
          {error}
        </MessageStrip>
      )}
      <CreateKeyPairDialog
        key={`create-${String(session)}`}
        open={open}
        technicalUser={technicalUser}
        communicationSystem={communicationSystem}
        onClose={() => setOpen(false)}
        onCreated={(k) => {
          setOpen(false);
          setCreated(k);
          onCreated(k);
        }}
      />
    </section>
  );
}
