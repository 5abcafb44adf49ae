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
  private told: Lang | null = null;
  private readonly listeners = new Set<(lang: Lang) => void>();

  constructor(private readonly setting: () => string) {}

  /**
   * An explicit setting (en, de) as it says; for "system" the window's language, else the OS's.
   * So a page that reports a language other than the user chose cannot word main's questions
   * (host change, CA trust) in a language the user did not pick.
   */
  get(): Lang {
    const setting = this.setting();
    if (setting === 'en' || setting === 'de') return setting;
    return this.reported ?? settingLang(setting);
  }

  /**
   * The page reports after every language change, the setting's included (it is saved before the
   * page switches), so listeners hear of any change here: compared with what they were last told,
   * since with an explicit setting get() has already moved when the report comes.
   */
  report(lang: Lang): void {
    this.reported = lang;
    const now = this.get();
    if (now === this.told) return;
    this.told = now;
    for (const l of this.listeners) l(now);
  }

  /** Told when the language changes (main rebuilds its menu). Returns the unsubscribe. */
  onChange(listener: (lang: Lang) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
