import { startSettings, startTheme } from './start';
import { StrictMode, useCallback, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { AppInfo, Settings } from '../../shared/contract/app';
import { api } from './api';
import { App } from './app/App';
import { AppStateContext } from './app/settings-context';
import { changeUiLanguage, initI18n, uiLanguage } from './i18n/index';

/**
 * UI5 (its base, theme handling and texts), loaded once Home's first frame is painted: Home is drawn
 * without it (start-theme.ts); every other page and the notices use its components.
 */
let painted: () => void = () => undefined;
const firstPaint = new Promise<void>((resolve) => (painted = resolve));
const loadUi5 = async () => {
  await firstPaint;
  return import('./ui5-setup');
};
let ui5: ReturnType<typeof loadUi5> | null = null;
const ui5Setup = () => (ui5 ??= loadUi5());

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
  // After the commit, a frame (the one that paints it), then a task: the first frame is painted.
  useEffect(() => {
    const frame = requestAnimationFrame(() => setTimeout(painted, 0));
    return () => cancelAnimationFrame(frame);
  }, []);
  // UI5 in the theme shown (its texts in the language shown load with it: ui5-setup.ts). Settings
  // change only through Settings, a UI5 page, so UI5 is in and applied by then (updateSettings).
  useEffect(() => {
    void ui5Setup().then((m) => m.applyTheme(initial.theme));
  }, [initial]);
  useEffect(() => {
    let live = true;
    let unfollow: (() => void) | undefined;
    void ui5Setup().then((m) => {
      if (live) unfollow = m.followOsTheme(() => settings.theme);
    });
    return () => {
      live = false;
      unfollow?.();
    };
  }, [settings.theme]);
  const updateSettings = useCallback(async (patch: Partial<Settings>) => {
    const result = await api.settings.set(patch);
    if (!result.ok) return;
    const next = result.value;
    const lang = uiLanguage(next);
    const m = await ui5Setup();
    await Promise.all([changeUiLanguage(lang), m.applyUi5Language(lang), m.applyTheme(next.theme)]);
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
 * texts of the one language shown and the theme's parameters: it shows the real Home in the right
 * language and theme, never a placeholder. UI5 follows (Root). The marks show the steps in a performance trace.
 */
async function boot(): Promise<void> {
  performance.mark('c4c:script');
  const settings = await startSettings;
  performance.mark('c4c:settings');
  const lang = uiLanguage(settings);
  document.documentElement.lang = lang;
  // Main's dialogs and menu speak the language this window shows (for "system": navigator.languages).
  void api.app.uiLanguage({ language: lang });
  await Promise.all([initI18n(lang), startTheme]);
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
