import type { TFunction } from 'i18next';
import { memo, useState } from 'react';
import type { HomeConnection } from '../../../../shared/contract/wizard';
import { say, type Lang } from '../../../../shared/messages/say';
import { api } from '../../api';
import type { Route } from '../../app/routes';
import { PlainButton } from '../../components/PlainButton';
import { StatusText } from './StatusText';
import { credentialsFix, keyPairState, keyPairText, relativeTime } from './status';

/** What every row says alike, from the page's one translation hook (HomePage: rowTexts). */
export interface RowTexts {
  /** Home's t, for the texts with parameters (a key pair's name and days left). */
  t: TFunction<'home'>;
  /** A text without parameters, looked up once per language: every row says the same few. */
  text: (key: string) => string;
  lang: Lang;
  go: (route: Route) => void;
}

/**
 * One connection on Home: expiry, last test, and the one action that matters now. Memoised: Home
 * re-renders when the app's info or a notice arrives, and its 50 rows need not (their item, texts
 * and onChanged stay the same objects).
 */
export const ConnectionRow = memo(function ConnectionRow({
  item,
  texts,
  onChanged,
}: {
  item: HomeConnection;
  texts: RowTexts;
  onChanged: () => void;
}) {
  const { t, text, lang, go } = texts;
  const [testing, setTesting] = useState(false);
  const c = item.connection;
  const testNow = async () => {
    setTesting(true);
    await api.connection.test({ connectionId: c.id });
    setTesting(false);
    onChanged();
  };
  const last = item.lastTest;
  const fix = credentialsFix(item);
  return (
    <tr data-testid="home-connection" data-connection-id={c.id}>
      <th scope="row">
        {/* A native button styled as a link: 50 rows of it cost far less than 50 web components. */}
        <button
          type="button"
          className="link-button"
          id={`home-name-${c.id}`}
          onClick={() => go({ name: 'connection', id: c.id })}
          data-testid="home-connection-name"
        >
          {c.name}
        </button>
        <div className="home-sub">
          {text(`environments.${c.environment}`)} · {c.tenantHost}
        </div>
      </th>
      <td>
        <StatusText state={keyPairState(item)} testId="home-keypair-status">
          {keyPairText(t, item, text)}
        </StatusText>
      </td>
      <td>
        {testing ? (
          <StatusText state="Information">{text('status.testing')}</StatusText>
        ) : last ? (
          <StatusText state={last.ok ? 'Positive' : 'Negative'} testId="home-last-test">
            {/* Said from its code in the UI language, whatever language the test ran in. */}
            {last.ok ? text('status.testOk') : say(lang, `diagnosis.${last.code}.title`)}
            {last.at ? ` · ${relativeTime(last.at, lang)}` : ''}
          </StatusText>
        ) : (
          <StatusText state="None" testId="home-last-test">
            {text('status.neverTested')}
          </StatusText>
        )}
      </td>
      <td className="home-actions">
        {item.setupStep ? (
          <PlainButton
            design="Emphasized"
            aria-describedby={`home-name-${c.id}`}
            data-testid="home-continue-setup"
            onClick={() => go({ name: 'wizard', connectionId: c.id })}
          >
            {item.needsSecret ? text('actions.enterSecrets') : text('actions.continue')}
          </PlainButton>
        ) : item.needsSecret ? (
          // A finished connection whose secret is gone (its key pair's stored key, or its password,
          // no longer in the vault) cannot be tested: the action that fixes it takes its place.
          <PlainButton
            design="Emphasized"
            aria-describedby={`home-name-${c.id}`}
            data-testid="home-fix-credentials"
            onClick={() => go(fix.route)}
          >
            {text(fix.textKey)}
          </PlainButton>
        ) : (
          <PlainButton
            // While its test runs the button says so with aria-disabled, not disabled: a disabled
            // button drops the keyboard user's focus to the top of the page.
            onClick={() => {
              if (!testing) void testNow();
            }}
            aria-disabled={testing || undefined}
            aria-describedby={`home-name-${c.id}`}
            data-testid="home-test-now"
          >
            {text('actions.testNow')}
          </PlainButton>
        )}
      </td>
    </tr>
  );
});
