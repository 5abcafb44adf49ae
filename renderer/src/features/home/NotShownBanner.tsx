import { MessageStrip } from '../../components/MessageStrip';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppEvents } from '../../../../shared/events';
import { api } from '../../api';

type NotShown = AppEvents['notification:not-shown'];

/**
 * What an OS notification would have said, when the desktop could not show it (no notification
 * service, a Windows toast that failed, an unsigned macOS build): main reports it, this banner
 * shows the same text in the app so the reminder is not lost.
 */
export function NotShownBanner() {
  const { t } = useTranslation('home');
  const [last, setLast] = useState<NotShown | null>(null);
  useEffect(() => api.on('notification:not-shown', setLast), []);
  if (!last) return null;
  return (
    <MessageStrip design="Information" data-testid="notification-not-shown" onClose={() => setLast(null)}>
      <strong>{last.title}</strong> {last.body}
      <br />
      {t(last.reason === 'unsupported' ? 'notShown.unsupported' : 'notShown.failed')}
    </MessageStrip>
  );
}
