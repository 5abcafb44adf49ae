import { MessageStrip } from '../../components/MessageStrip';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpiryReminder } from '../../../../shared/contract/wizard';
import { onKeyPairsChanged } from '../../app/key-pair-changes';
import { useNavigation } from '../../app/navigation';
import { isolated } from '../../../../shared/messages/bidi';
import { lines } from '../../../../shared/messages/say';
import { useMessages } from '../../i18n/messages';
import { arrivedReminders, remindersNow } from '../../start';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Key pairs that expired or expire within 30 days, on every screen, with the renewal steps. Main
 * sends the OS notification (daily timer); this banner is the in-app half of the reminder.
 */
export function ExpiryBanner() {
  const { t } = useTranslation('home');
  const { lang } = useMessages();
  const { route } = useNavigation();
  // The start answer when it is already in: the banner is in Home's first frame, and the first
  // load below is that answer.
  const [started] = useState(arrivedReminders);
  const [reminders, setReminders] = useState<ExpiryReminder[]>(started?.ok ? started.value.reminders : []);
  const skipLoad = useRef(started !== null);
  const [hidden, setHidden] = useState(false);
  useEffect(() => {
    const load = () =>
      void remindersNow().then((r) => {
        if (r.ok) setReminders(r.value.reminders);
      });
    if (skipLoad.current) skipLoad.current = false;
    else load();
    const timer = setInterval(load, HOUR_MS);
    const off = onKeyPairsChanged(load);
    return () => {
      clearInterval(timer);
      off();
    };
    // Reload when the screen changes: a renewed key pair drops out of the banner.
  }, [route]);
  if (hidden || reminders.length === 0) return null;
  const expired = reminders.some((r) => r.expired);
  return (
    <MessageStrip
      design={expired ? 'Negative' : 'Critical'}
      data-testid="expiry-banner"
      className="expiry-banner"
      onClose={() => setHidden(true)}
    >
      <strong>{expired ? t('reminders.expiredTitle') : t('reminders.soonTitle')}</strong>
      <ul className="reminder-list">
        {reminders.map((r) => (
          <li key={r.keyPairId} data-testid="expiry-reminder">
            {r.expired
              ? t('reminders.expired', { name: r.keyPairName })
              : t('reminders.daysLeft', { name: r.keyPairName, count: r.daysLeft })}
            {/* Each name isolated in the list (i18next's formatter isolates a value as a whole): a
                right-to-left override left open in one name must not turn the names after it. */}
            {r.connections.length > 0 &&
              ` ${t('reminders.usedBy', { names: r.connections.map(isolated).join(', ') })}`}
          </li>
        ))}
      </ul>
      <details>
        <summary>{t('reminders.howTo')}</summary>
        <ol>
          {lines(lang, 'renewal.steps').map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </details>
    </MessageStrip>
  );
}
