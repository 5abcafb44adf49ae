/**
 * The language the window shows, as main says its dialogs, menu and notifications in it. The page
 * reports the language it resolved (for the "system" setting it follows Chromium's
 * navigator.languages, which the main process cannot read); until it has, main resolves the setting
 * itself. A page that reported a wrong language only changes the words of main's own dialogs.
 */
import type { Lang } from '../../shared/messages/say';
import { settingLang } from '../core/platform/system-language';

export class UiLanguage {
  private reported: Lang | null = null;
  private readonly listeners = new Set<(lang: Lang) => void>();

  constructor(private readonly setting: () => string) {}

  /** The window's language, else the setting's (the OS language for "system"). */
  get(): Lang {
    return this.reported ?? settingLang(this.setting());
  }

  report(lang: Lang): void {
    const changed = lang !== this.get();
    this.reported = lang;
    if (changed) for (const l of this.listeners) l(lang);
  }

  /** Told when the language changes (main rebuilds its menu). Returns the unsubscribe. */
  onChange(listener: (lang: Lang) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
