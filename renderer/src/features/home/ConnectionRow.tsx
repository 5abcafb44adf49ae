import { Button } from '@ui5/webcomponents-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HomeConnection } from '../../../../shared/contract/wizard';
import { say } from '../../../../shared/messages/say';
import { api } from '../../api';
import { useNavigation } from '../../app/navigation';
import { uiLanguage } from '../../i18n/messages';
import { StatusText } from './StatusText';
import { keyPairState, keyPairText, relativeTime } from './status';

/** One connection on Home: expiry, last test, and the one action that matters now. */
export function ConnectionRow({ item, onChanged }: { item: HomeConnection; onChanged: () => void }) {
  // One translation hook per row (not a second one through useMessages): Home has a row per connection.
  const { t, i18n } = useTranslation('home');
  const lang = uiLanguage(i18n);
  const { go } = useNavigation();
  const [testing, setTesting] = useState(false);
  const c = item.connection;
  const testNow = async () => {
    setTesting(true);
    await api.connection.test({ connectionId: c.id });
    setTesting(false);
    onChanged();
  };
  const last = item.lastTest;
  return (
    <tr data-testid="home-connection" data-connection-id={c.id}>
      <th scope="row">
        {/* A native button styled as a link: 50 rows of it cost far less than 50 web components. */}
        <button
          type="button"
          className="link-button"
          onClick={() => go({ name: 'connection', id: c.id })}
          data-testid="home-connection-name"
        >
          {c.name}
        </button>
        <div className="home-sub">
          {t(`environments.${c.environment}`)} · {c.tenantHost}
        </div>
      </th>
      <td>
        <StatusText state={keyPairState(item)} testId="home-keypair-status">
          {keyPairText(t, item)}
        </StatusText>
      </td>
      <td>
        {testing ? (
          <StatusText state="Information">{t('status.testing')}</StatusText>
        ) : last ? (
          <StatusText state={last.ok ? 'Positive' : 'Negative'} testId="home-last-test">
            {/* Said from its code in the UI language, whatever language the test ran in. */}
            {last.ok ? t('status.testOk') : say(lang, `diagnosis.${last.code}.title`)}
            {last.at ? ` · ${relativeTime(last.at, i18n.language)}` : ''}
          </StatusText>
        ) : (
          <StatusText state="None" testId="home-last-test">
            {t('status.neverTested')}
          </StatusText>
        )}
      </td>
      <td className="home-actions">
        {item.setupStep ? (
          <Button
            design="Emphasized"
            data-testid="home-continue-setup"
            onClick={() => go({ name: 'wizard', connectionId: c.id })}
          >
            {item.needsSecret ? t('actions.enterSecrets') : t('actions.continue')}
          </Button>
        ) : (
          <Button
            onClick={() => void testNow()}
            disabled={testing || item.needsSecret}
            data-testid="home-test-now"
          >
            {t('actions.testNow')}
          </Button>
        )}
      </td>
    </tr>
  );
}
