import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  RENEWAL_STEPS,
  expiryReminders,
  notificationText,
  startReminderSchedule,
  type ExpiryReminder,
} from '../../../../electron/core/reminders/index';

const now = new Date('2025-06-01T12:00:00Z');
const kp = (id: string, days: number) => ({
  id,
  name: `Key ${id}`,
  certificate: { notAfter: new Date(now.getTime() + days * DAY_MS + 1000).toISOString() } as never,
});

describe('expiry reminders', () => {
  it('remind of expired and under-30-day key pairs, soonest first, with the connections using them', () => {
    const found = expiryReminders(
      [kp('fine', 90), kp('soon', 12), kp('gone', -3), kp('edge', 30), kp('edge29', 29)],
      [
        { name: 'Contact sync', keyPairId: 'soon' },
        { name: 'Other', keyPairId: null },
      ],
      now,
    );
    expect(found.map((r) => [r.keyPairId, r.daysLeft, r.expired])).toEqual([
      ['gone', -3, true],
      ['soon', 12, false],
      ['edge29', 29, false],
    ]);
    expect(found[1]?.connections).toEqual(['Contact sync']);
  });

  it('the notification names each key pair and what to do; none when nothing is due', () => {
    expect(notificationText([])).toBeNull();
    const text = notificationText(expiryReminders([kp('a', 5), kp('b', -1)], [], now));
    expect(text?.title).toBe('1 key pair has expired');
    expect(text?.body).toContain('Key a: 5 days left.');
    expect(text?.body).toContain('Edit Credentials');
    // A name with an override left open stays inside its own isolate.
    const evil = notificationText(expiryReminders([{ ...kp('a', 5), name: 'evil\u202e' }], [], now));
    expect(evil?.body).toContain('\u2068evil\u202e\u2069: 5 days left.');
  });

  it('the renewal steps name Edit Credentials, the import and the CPI keystore alias', () => {
    const all = RENEWAL_STEPS.join(' ');
    expect(all).toMatch(/Edit Credentials/);
    expect(all).toMatch(/\.p12/);
    expect(all).toMatch(/Keystore, keeping the same alias/);
    // The SSL socket caches the keystore for 24 h: the flow is restarted, and the cut-over planned.
    expect(all).toMatch(/Restart \(redeploy\) the integration flows/);
    expect(all).toMatch(/24 hours/);
    expect(all).toMatch(/Cut-over/);
  });
});

describe('the reminder timer', () => {
  it('checks on start and once a day, notifies only when something is due, and stops', async () => {
    let clock = now;
    let tick: (() => void) | null = null;
    let cleared = false;
    const notes: string[] = [];
    let due: ExpiryReminder[] = [];
    const schedule = startReminderSchedule({
      reminders: () => due,
      notify: (title) => notes.push(title),
      now: () => clock,
      setInterval: (fn, ms) => {
        expect(ms).toBe(DAY_MS);
        tick = fn;
        return {};
      },
      clearInterval: () => {
        cleared = true;
      },
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(notes).toEqual([]);
    due = expiryReminders([kp('x', 10)], [], clock);
    clock = new Date(now.getTime() + DAY_MS);
    (tick as unknown as () => void)();
    await new Promise((r) => setTimeout(r, 0));
    expect(notes).toEqual(['1 key pair expires soon']);
    expect((await schedule.check()).length).toBe(1);
    schedule.stop();
    expect(cleared).toBe(true);
  });

  it('a failing check is reported, not thrown into the event loop', async () => {
    const errors: unknown[] = [];
    const schedule = startReminderSchedule({
      reminders: () => {
        throw new Error('store gone');
      },
      notify: () => undefined,
      onError: (e) => errors.push(e),
    });
    await new Promise((r) => setTimeout(r, 0));
    schedule.stop();
    expect(errors).toHaveLength(1);
  });
});
