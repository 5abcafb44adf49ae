import { Button, Title } from '@ui5/webcomponents-react';
import '@ui5/webcomponents-icons/dist/chain-link.js';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation';
import { EmptyState } from '../../components/EmptyState';

export function HomePage() {
  const { t } = useTranslation('home');
  const { go } = useNavigation();
  return (
    <section aria-labelledby="home-title">
      <Title level="H1" id="home-title" className="page-title">
        {t('title')}
      </Title>
      <EmptyState icon="chain-link" title={t('empty.title')} text={t('empty.text')} testId="home-empty">
        <Button
          design="Emphasized"
          onClick={() => go({ name: 'new-connection' })}
          data-testid="setup-connection"
        >
          {t('empty.action')}
        </Button>
      </EmptyState>
    </section>
  );
}
