import { List, ListItemStandard } from '@ui5/webcomponents-react';
import { useTranslation } from 'react-i18next';
import type { KeyPairSummary } from '../../../../shared/domain/keypair';
import { expiryState, expiryText } from './format';

interface Props {
  keyPairs: KeyPairSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function KeyPairList({ keyPairs, selectedId, onSelect }: Props) {
  const { t } = useTranslation('keypairs');
  return (
    <List
      accessibleName={t('list.label')}
      selectionMode="Single"
      data-testid="keypair-list"
      onSelectionChange={(e) => {
        const id = e.detail.selectedItems[0]?.dataset.id;
        if (id) onSelect(id);
      }}
    >
      {keyPairs.map((k) => (
        <ListItemStandard
          key={k.id}
          data-id={k.id}
          data-testid="keypair-list-item"
          selected={k.id === selectedId}
          text={k.name}
          description={k.certificate.commonName}
          additionalText={expiryText(t, k)}
          additionalTextState={expiryState(k)}
        />
      ))}
    </List>
  );
}
