import { Menu } from 'electron';
import type { Lang } from '../../shared/messages/say';
import { menuTemplate } from './menu-template';

/** The application menu in the window's language (rebuilt when it changes). */
export function buildMenu(send: Parameters<typeof menuTemplate>[0], isMac: boolean, lang: Lang): Menu {
  return Menu.buildFromTemplate(menuTemplate(send, isMac, lang));
}
