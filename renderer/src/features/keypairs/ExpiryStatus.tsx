import { ObjectStatus } from '@ui5/webcomponents-react';
import { useTranslation } from 'react-i18next';
import type { KeyPairSummary } from '../../../../shared/domain/keypair';
import { expiryState, expiryText } from './format';

export function ExpiryStatus({ keyPair, large }: { keyPair: KeyPairSummary; large?: boolean }) {
  const { t } = useTranslation('keypairs');
  return (
    <ObjectStatus state={expiryState(keyPair)} showDefaultIcon large={large} data-testid="keypair-expiry">
      {expiryText(t, keyPair)}
    </ObjectStatus>
  );
}
