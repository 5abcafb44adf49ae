import { Label, Text, Title } from '@ui5/webcomponents-react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../../app/settings-context';

export function AboutPage() {
  const { t } = useTranslation('about');
  const { info } = useAppState();
  if (!info) return null;
  const rows: [string, string][] = [
    [t('version'), info.version],
    [t('electron'), info.versions.electron ?? t('notInElectron')],
    [t('chrome'), info.versions.chrome ?? t('notInElectron')],
    [t('node'), info.versions.node],
    [t('tls'), info.versions.tls],
    [t('platform'), `${info.platform} ${info.arch}`],
    [t('dataFolder'), info.dataFolder],
    [
      t('keychain'),
      info.keychain.reachable
        ? t('keychainOk', { backend: info.keychain.backend })
        : t('keychainNo', { reason: info.keychain.reason ?? '' }),
    ],
  ];
  return (
    <section aria-labelledby="about-title">
      <Title level="H1" id="about-title" className="page-title">
        {t('title')}
      </Title>
      <dl className="form-grid" data-testid="about-versions">
        {rows.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>
              <Label showColon>{label}</Label>
            </dt>
            <dd style={{ margin: 0 }}>
              <Text className="mono">{value}</Text>
            </dd>
          </div>
        ))}
      </dl>
      <p>
        <Text>{t('privacy')}</Text>
      </p>
    </section>
  );
}
