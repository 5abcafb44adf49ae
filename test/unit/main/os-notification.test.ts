/** An OS notification that cannot be shown is reported, so the renderer shows a banner instead. */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { showOsNotification, type NotificationApi } from '../../../electron/main/os-notification';

/** Shaped like Electron's Notification (isSupported, 'failed' event, show), which cannot run here. */
function desktop(o: { supported: boolean; fails?: boolean; throws?: boolean }) {
  const shown: string[] = [];
  const api: NotificationApi = {
    isSupported: () => o.supported,
    create(title) {
      if (o.throws) throw new Error('no toast service');
      const n = new EventEmitter();
      return Object.assign(n, {
        show: () => (o.fails ? n.emit('failed') : shown.push(title)),
      });
    },
  };
  return { api, shown };
}

describe('showOsNotification', () => {
  it('shows it when the desktop can', () => {
    const d = desktop({ supported: true });
    const reasons: string[] = [];
    showOsNotification(d.api, 'Key pair expires', 'in 3 days', (r) => reasons.push(r));
    expect(d.shown).toEqual(['Key pair expires']);
    expect(reasons).toEqual([]);
  });

  it('reports "unsupported" without trying when Notification.isSupported() is false', () => {
    const d = desktop({ supported: false });
    const reasons: string[] = [];
    showOsNotification(d.api, 't', 'b', (r) => reasons.push(r));
    expect(reasons).toEqual(['unsupported']);
    expect(d.shown).toEqual([]);
  });

  it('reports "failed" when the notification fails (Windows) or cannot be created', () => {
    for (const o of [
      { supported: true, fails: true },
      { supported: true, throws: true },
    ]) {
      const reasons: string[] = [];
      showOsNotification(desktop(o).api, 't', 'b', (r) => reasons.push(r));
      expect(reasons).toEqual(['failed']);
    }
  });
});
