/**
 * Show an OS notification, and say so when it cannot be shown, so the app can show the same text
 * as an in-app banner instead. Electron reports both cases: Notification.isSupported() is false
 * where the desktop has no notification service, and on Windows the 'failed' event fires when the
 * toast could not be created or shown (https://www.electronjs.org/docs/latest/api/notification).
 * Windows shows toasts only for an app whose AppUserModelID matches its Start Menu shortcut, and
 * macOS only for signed apps (https://www.electronjs.org/docs/latest/tutorial/notifications), so
 * an unsigned or portable build lands here.
 */
export interface NotificationApi {
  isSupported(): boolean;
  create(title: string, body: string): { on(event: 'failed', listener: () => void): unknown; show(): void };
}

export type NotShownReason = 'unsupported' | 'failed';

export function showOsNotification(
  api: NotificationApi,
  title: string,
  body: string,
  notShown: (reason: NotShownReason) => void,
): void {
  if (!api.isSupported()) {
    notShown('unsupported');
    return;
  }
  try {
    const n = api.create(title, body);
    n.on('failed', () => notShown('failed'));
    n.show();
  } catch {
    notShown('failed');
  }
}
