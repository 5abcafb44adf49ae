import { Button, IllustratedMessage, Title } from '@ui5/webcomponents-react';
import '@ui5/webcomponents-fiori/dist/illustrations/NoEntries.js';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation';

export function HomePage() {
  const { t } = useTranslation('home');
  const { go } = useNavigation();
  return (
    <section aria-labelledby="home-title">
      <Title level="H1" id="home-title" className="page-title">
        {t('title')}
      </Title>
      <IllustratedMessage
        name="NoEntries"
        titleText={t('empty.title')}
        subtitleText={t('empty.text')}
        data-testid="home-empty"
      >
        <Button
          design="Emphasized"
          onClick={() => go({ name: 'new-connection' })}
          data-testid="setup-connection"
        >
          {t('empty.action')}
        </Button>
      </IllustratedMessage>
    </section>
  );
}
