import { startSettings } from './start';
import './ui5-setup';
import { StrictMode, useCallback, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { AppInfo, Settings } from '../../shared/contract/app';
import { api } from './api';
import { App } from './app/App';
import { AppStateContext } from './app/settings-context';
import { changeUiLanguage, initI18n, uiLanguage } from './i18n/index';
import { applyTheme, applyUi5Language, followOsTheme, startUi5Language } from './ui5-setup';

function Root({ initial }: { initial: Settings }) {
  const [settings, setSettings] = useState(initial);
  // Versions, data folder and the keychain probe (a write and read in the OS keychain) arrive after
  // the first paint: nothing on Home waits for them.
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void api.app.info({}).then((r) => {
      if (r.ok) setInfo(r.value);
    });
  }, []);
  useEffect(() => followOsTheme(() => settings.theme), [settings.theme]);
  const updateSettings = useCallback(async (patch: Partial<Settings>) => {
    const result = await api.settings.set(patch);
    if (!result.ok) return;
    const next = result.value;
    const lang = uiLanguage(next);
    await Promise.all([changeUiLanguage(lang), applyUi5Language(lang), applyTheme(next.theme)]);
    document.documentElement.lang = lang;
    void api.app.uiLanguage({ language: lang });
    setSettings(next);
  }, []);
  const state = useMemo(() => ({ settings, info, updateSettings }), [settings, info, updateSettings]);
  return (
    <AppStateContext.Provider value={state}>
      <App />
    </AppStateContext.Provider>
  );
}

/**
 * The first render waits for the settings (asked for by ./start.ts before this module ran), the
 * texts of the one language shown, UI5's texts in it and the theme: it shows the real Home in the
 * right language and theme, never a placeholder. The marks show the steps in a performance trace.
 */
async function boot(): Promise<void> {
  performance.mark('c4c:script');
  const settings = await startSettings;
  performance.mark('c4c:settings');
  const lang = uiLanguage(settings);
  document.documentElement.lang = lang;
  // Main's dialogs and menu speak the language this window shows (for "system": navigator.languages).
  void api.app.uiLanguage({ language: lang });
  await Promise.all([initI18n(lang), startUi5Language(lang), applyTheme(settings.theme)]);
  performance.mark('c4c:i18n-theme');
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  createRoot(root).render(
    <StrictMode>
      <Root initial={settings} />
    </StrictMode>,
  );
}

void boot();
