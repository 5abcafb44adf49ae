import { Settings } from '../../../shared/contract/app';
import type { JsonStore } from '../store/json-store';

export const DEFAULT_SETTINGS: Settings = { language: 'system', theme: 'system' };

/** Language and theme. Unknown or damaged values fall back to the defaults, field by field. */
export class SettingsService {
  constructor(private readonly store: JsonStore) {}

  get(): Settings {
    const raw = this.store.get('settings');
    const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    return {
      language: Settings.shape.language.safeParse(value.language).data ?? DEFAULT_SETTINGS.language,
      theme: Settings.shape.theme.safeParse(value.theme).data ?? DEFAULT_SETTINGS.theme,
    };
  }

  set(patch: Partial<Settings>): Settings {
    // A field sent as undefined keeps its value (found by the IPC fuzz test: the store refused it).
    const given = Object.fromEntries(
      Object.entries(patch as Record<string, unknown>).filter(([, v]) => v !== undefined),
    );
    return this.store.update(() => {
      const next = { ...this.get(), ...given };
      this.store.set('settings', next);
      return next;
    });
  }
}
