import { MessageStrip } from '@ui5/webcomponents-react';
import { useTranslation } from 'react-i18next';
import type { KeyPairSummary } from '../../../../shared/domain/keypair';
import { formatDate } from './format';

type Dated = Pick<KeyPairSummary, 'certificate' | 'warnings'>;

/** Expired, not yet valid: the tenant refuses the certificate, so the key pair cannot be used now. */
export const unusableNow = (k: Dated): boolean =>
  k.warnings.includes('CERT_EXPIRED') || k.warnings.includes('CERT_NOT_YET_VALID');

/**
 * What the validity of a key pair's certificate means, with the date in the UI language and what
 * to do (a new key pair from the arrangement's Edit Credentials, then Save and Activate, or C4C
 * discards it: KBA 2980997 step 11, https://userapps.support.sap.com/sap/support/knowledge/en/2980997,
 * as the SAP-fidelity review quoted it). Nothing when it is fine.
 */
export function ExpiryWarning({ keyPair, testId }: { keyPair: Dated; testId?: string }) {
  const { t, i18n } = useTranslation('keypairs');
  const c = keyPair.certificate;
  const [design, text] = keyPair.warnings.includes('CERT_EXPIRED')
    ? (['Negative', t('validity.expired', { date: formatDate(c.notAfter, i18n.language) })] as const)
    : keyPair.warnings.includes('CERT_NOT_YET_VALID')
      ? (['Negative', t('validity.notYetValid', { date: formatDate(c.notBefore, i18n.language) })] as const)
      : keyPair.warnings.includes('CERT_EXPIRES_SOON')
        ? ([
            'Critical',
            t('validity.expiresSoon', { date: formatDate(c.notAfter, i18n.language), count: c.daysLeft }),
          ] as const)
        : ([null, ''] as const);
  if (!design) return null;
  return (
    <MessageStrip design={design} hideCloseButton role="alert" data-testid={testId ?? 'keypair-validity'}>
      {text}
    </MessageStrip>
  );
}
