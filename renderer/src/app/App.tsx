import { MessageStrip } from '../components/MessageStrip';
import { afterUi5Setup } from '../ui5-first';
import type { PlainIconName } from '../components/PlainIcon';
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { ExpiryBanner } from '../features/home/ExpiryBanner';
import { NotShownBanner } from '../features/home/NotShownBanner';
import { HomePage } from '../features/home/HomePage';
import { useKeyPairImportTriggers } from '../features/keypairs/useKeyPairImportTriggers';
import { NavigationContext } from './navigation';
import { SideNav } from './SideNav';
import type { Route, SimpleRouteName } from './routes';
import { useAppState } from './settings-context';
import { sayOnScreen, useMessages } from '../i18n/messages';

// Every screen but Home loads on first use, after UI5's set-up (ui5-first.ts): Home stays quick to
// start (npm run bench measures it).
const WizardPage = lazy(
  afterUi5Setup(() => import('../features/wizard/WizardPage').then((m) => ({ default: m.WizardPage }))),
);
const ConnectionPage = lazy(
  afterUi5Setup(() =>
    import('../features/connections/ConnectionPage').then((m) => ({ default: m.ConnectionPage })),
  ),
);
const ODataWorkspace = lazy(
  afterUi5Setup(() =>
    import('../features/explorer/ODataWorkspace').then((m) => ({ default: m.ODataWorkspace })),
  ),
);
const KeyPairsPage = lazy(
  afterUi5Setup(() => import('../features/keypairs/KeyPairsPage').then((m) => ({ default: m.KeyPairsPage }))),
);
const SettingsPage = lazy(
  afterUi5Setup(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage }))),
);
const AboutPage = lazy(
  afterUi5Setup(() => import('../features/about/AboutPage').then((m) => ({ default: m.AboutPage }))),
);

const NAV: { name: SimpleRouteName; icon: PlainIconName }[] = [
  { name: 'home', icon: 'connected' },
  { name: 'keypairs', icon: 'key' },
  { name: 'settings', icon: 'action-settings' },
  { name: 'about', icon: 'hint' },
];

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'new-connection':
      return <WizardPage key="new" />;
    case 'wizard':
      return (
        <WizardPage key={route.connectionId ?? 'new'} connectionId={route.connectionId} step={route.step} />
      );
    case 'connection':
      return <ConnectionPage key={route.id} id={route.id} />;
    case 'odata':
      return <ODataWorkspace key={route.connectionId} connectionId={route.connectionId} />;
    case 'keypairs':
      return 'keyPairId' in route ? (
        <KeyPairsPage key={route.keyPairId} select={route.keyPairId} />
      ) : (
        <KeyPairsPage />
      );
    case 'settings':
      return <SettingsPage />;
    case 'about':
      return <AboutPage />;
  }
}

export function App() {
  const { t } = useTranslation();
  // Notices about recovered data come keyed from main: said in the UI language, following a switch.
  const { lang } = useMessages();
  const { info } = useAppState();
  const [route, setRoute] = useState<Route>({ name: 'home' });
  const navigation = useMemo(() => ({ route, go: setRoute }), [route]);

  useEffect(() => api.on('menu:navigate', ({ to }) => setRoute({ name: to })), []);
  const showKeyPairs = useCallback(() => setRoute({ name: 'keypairs' }), []);
  useKeyPairImportTriggers(showKeyPairs);

  return (
    <NavigationContext.Provider value={navigation}>
      <div className="app-frame" data-app-ready="true">
        {/* The shell bar shows only the app name: a plain header in Horizon's shell colours, not
            UI5's ShellBar, which brings search, menus and overflow code into the start bundle. */}
        <header className="app-shellbar">
          <span className="app-shellbar-title">{t('appName')}</span>
        </header>
        <div className="app-body">
          <SideNav
            label={t('appName')}
            items={NAV.map((item) => ({ ...item, text: t(`nav.${item.name}`) }))}
            // Nothing is selected inside a connection, the wizard or OData: "Connections" stays clickable.
            selected={NAV.some((item) => item.name === route.name) ? (route.name as SimpleRouteName) : null}
            onSelect={(name) => setRoute({ name })}
          />
          <main className="app-content" aria-live="polite">
            {info?.recovered
              .map((m) => sayOnScreen(lang, m))
              .map((text) => (
                <MessageStrip key={text} design="Critical" hideCloseButton>
                  {t('recovered')}: {text}
                </MessageStrip>
              ))}
            <ExpiryBanner />
            <NotShownBanner />
            <Suspense fallback={null}>
              <Screen route={route} />
            </Suspense>
          </main>
        </div>
      </div>
    </NavigationContext.Provider>
  );
}
