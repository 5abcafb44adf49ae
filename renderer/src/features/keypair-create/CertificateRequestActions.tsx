import { Button, FileUploader, Text, Title } from '@ui5/webcomponents-react';
import { useTranslation } from 'react-i18next';
import type { KeyPairSummary } from '../../../../shared/domain/keypair';
import type { AppError } from '../../../../shared/result';
import { api } from '../../api';

interface Props {
  keyPair: KeyPairSummary;
  onAttached: (keyPair: KeyPairSummary) => void;
  onSaved: (path: string) => void;
  onError: (error: AppError) => void;
}

/** Largest certificate file read here (a certificate with its chain is a few KiB). */
const MAX_BYTES = 1024 * 1024;

/**
 * For customers whose own CA must sign: save a certificate request (PKCS#10) made from this key pair,
 * and later attach the signed certificate (and its chain), which main checks against the key.
 */
export function CertificateRequestActions({ keyPair, onAttached, onSaved, onError }: Props) {
  const { t } = useTranslation('keypair-create');
  const saveCsr = async () => {
    const r = await api.keypair.csr({ id: keyPair.id });
    if (!r.ok) onError(r.error);
    else if (r.value.saved && r.value.path) onSaved(r.value.path);
  };
  const attach = async (file: File | undefined) => {
    if (!file) return;
    if (file.size === 0 || file.size > MAX_BYTES) {
      onError({ code: 'INVALID_FILE', message: t('csr.badFile') });
      return;
    }
    const r = await api.keypair.attachCert({
      id: keyPair.id,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    if (r.ok) onAttached(r.value);
    else onError(r.error);
  };
  return (
    <section aria-labelledby="keypair-csr-title" className="keypair-csr" data-testid="keypair-csr">
      <Title level="H3" id="keypair-csr-title" className="keypair-section-title">
        {t('csr.title')}
      </Title>
      <Text>{t('csr.help')}</Text>
      <div className="keypair-actions">
        <Button onClick={() => void saveCsr()} data-testid="keypair-save-csr">
          {t('csr.save')}
        </Button>
        <FileUploader
          accept=".cer,.crt,.pem,.der,.p7b,.p7c"
          hideInput
          accessibleName={t('csr.attach')}
          data-testid="keypair-attach-cert"
          onChange={(e) => void attach(e.detail.files?.[0])}
        >
          <Button>{t('csr.attach')}</Button>
        </FileUploader>
      </div>
    </section>
  );
}
