/**
 * Where each unfinished guided setup stands, by connection id, in the non-secret store. The
 * connection itself is saved by the connection store as the user goes; this only holds the step,
 * so "Continue setup" opens the wizard where the user left it, also after a restart.
 */
import { SetupProgress, type WizardStep } from '../../../shared/contract/wizard';
import type { JsonStore } from '../store/json-store';

export const SETUP_PROGRESS_KEY = 'setupProgress';

export class SetupProgressStore {
  constructor(
    private readonly store: JsonStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): SetupProgress[] {
    const raw = this.store.get(SETUP_PROGRESS_KEY);
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return [];
    return Object.entries(raw).flatMap(([connectionId, value]) => {
      const parsed = SetupProgress.safeParse({ ...(value as object), connectionId });
      return parsed.success ? [parsed.data] : [];
    });
  }

  get(connectionId: string): SetupProgress | null {
    return this.list().find((p) => p.connectionId === connectionId) ?? null;
  }

  set(connectionId: string, step: WizardStep): SetupProgress {
    const progress = { connectionId, step, updatedAt: this.now().toISOString() };
    this.store.update(() =>
      this.write([...this.list().filter((p) => p.connectionId !== connectionId), progress]),
    );
    return progress;
  }

  /** Setup finished or the connection deleted; false when there was nothing to clear. */
  clear(connectionId: string): boolean {
    return this.store.update(() => {
      const all = this.list();
      const rest = all.filter((p) => p.connectionId !== connectionId);
      if (rest.length === all.length) return false;
      this.write(rest);
      return true;
    });
  }

  private write(items: SetupProgress[]): void {
    // Stored as an object keyed by id; conf reads dots in keys as paths, and ids are UUIDs (dot-free).
    this.store.set(
      SETUP_PROGRESS_KEY,
      Object.fromEntries(items.map(({ connectionId, ...rest }) => [connectionId, rest])),
    );
  }
}
