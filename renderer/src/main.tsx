import './ui5-setup';
import { StrictMode, useCallback, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import i18next from 'i18next';
import type { AppInfo, Settings } from '../../shared/contract/app';
import { api } from './api';
import { App } from './app/App';
import { AppStateContext } from './app/settings-context';
import { initI18n, systemLanguage } from './i18n/index';
import { applyTheme, applyUi5Language, followOsTheme } from './ui5-setup';

const uiLanguage = (s: Settings) => (s.language === 'system' ? systemLanguage() : s.language);

function Root({ initial, info }: { initial: Settings; info: AppInfo | null }) {
  const [settings, setSettings] = useState(initial);
  useEffect(() => followOsTheme(() => settings.theme), [settings.theme]);
  const updateSettings = useCallback(async (patch: Partial<Settings>) => {
    const result = await api.settings.set(patch);
    if (!result.ok) return;
    const next = result.value;
    const lang = uiLanguage(next);
    await Promise.all([i18next.changeLanguage(lang), applyUi5Language(lang), applyTheme(next.theme)]);
    document.documentElement.lang = lang;
    setSettings(next);
  }, []);
  const state = useMemo(() => ({ settings, info, updateSettings }), [settings, info, updateSettings]);
  return (
    <AppStateContext.Provider value={state}>
      <App />
    </AppStateContext.Provider>
  );
}

async function boot(): Promise<void> {
  const [settingsResult, infoResult] = await Promise.all([api.settings.get({}), api.app.info({})]);
  const settings: Settings = settingsResult.ok
    ? settingsResult.value
    : { language: 'system', theme: 'system' };
  const lang = uiLanguage(settings);
  document.documentElement.lang = lang;
  await Promise.all([initI18n(lang), applyUi5Language(lang), applyTheme(settings.theme)]);
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  createRoot(root).render(
    <StrictMode>
      <Root initial={settings} info={infoResult.ok ? infoResult.value : null} />
    </StrictMode>,
  );
}

void boot();
