import { MessageStrip } from '../../components/MessageStrip';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpiryReminder } from '../../../../shared/contract/wizard';
import { api } from '../../api';
import { useNavigation } from '../../app/navigation';
import { lines } from '../../../../shared/messages/say';
import { useMessages } from '../../i18n/messages';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Key pairs that expired or expire within 30 days, on every screen, with the renewal steps. Main
 * sends the OS notification (daily timer); this banner is the in-app half of the reminder.
 */
export function ExpiryBanner() {
  const { t } = useTranslation('home');
  const { lang } = useMessages();
  const { route } = useNavigation();
  const [reminders, setReminders] = useState<ExpiryReminder[]>([]);
  const [hidden, setHidden] = useState(false);
  useEffect(() => {
    const load = () =>
      void api.reminders.list({}).then((r) => {
        if (r.ok) setReminders(r.value.reminders);
      });
    load();
    const timer = setInterval(load, HOUR_MS);
    return () => clearInterval(timer);
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
            {r.connections.length > 0 && ` ${t('reminders.usedBy', { names: r.connections.join(', ') })}`}
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
