import { Label, Option, Select, Title } from '@ui5/webcomponents-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, THEMES, oneOf } from '../../../../shared/constants';
import { useAppState } from '../../app/settings-context';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const { settings, updateSettings } = useAppState();
  return (
    <section aria-labelledby="settings-title">
      <Title level="H1" id="settings-title" className="page-title">
        {t('title')}
      </Title>
      <div className="form-grid">
        <Label for="settings-language" showColon>
          {t('language')}
        </Label>
        <Select
          id="settings-language"
          accessibleName={t('language')}
          data-testid="settings-language"
          value={settings.language}
          onChange={(e) => {
            const language = oneOf(LANGUAGES, e.detail.selectedOption.dataset.value);
            if (language) void updateSettings({ language });
          }}
        >
          {LANGUAGES.map((value) => (
            <Option key={value} data-value={value} value={value}>
              {t(`languages.${value}`)}
            </Option>
          ))}
        </Select>
        <Label for="settings-theme" showColon>
          {t('theme')}
        </Label>
        <Select
          id="settings-theme"
          accessibleName={t('theme')}
          data-testid="settings-theme"
          value={settings.theme}
          onChange={(e) => {
            const theme = oneOf(THEMES, e.detail.selectedOption.dataset.value);
            if (theme) void updateSettings({ theme });
          }}
        >
          {THEMES.map((value) => (
            <Option key={value} data-value={value} value={value}>
              {t(`themes.${value}`)}
            </Option>
          ))}
        </Select>
      </div>
    </section>
  );
}
