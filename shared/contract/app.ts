import { z } from 'zod';
import { LANGUAGES, THEMES } from '../constants';
import { LANGS } from '../messages/say';
import { Message } from '../messages/schema';
import { channel } from './define';

export const Language = z.enum(LANGUAGES);
export const Theme = z.enum(THEMES);

export const Settings = z.object({
  language: Language,
  theme: Theme,
});
export type Settings = z.infer<typeof Settings>;

export const KeychainStatus = z.object({
  reachable: z.boolean(),
  /** Plain sentence when not reachable: what is wrong and what to do. */
  reason: z.string().nullable(),
  backend: z.string(),
});
export type KeychainStatus = z.infer<typeof KeychainStatus>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  versions: z.object({
    electron: z.string().nullable(),
    chrome: z.string().nullable(),
    node: z.string(),
    /** The TLS library the connection test runs on: "OpenSSL 3.5.4" or "BoringSSL (Electron 45.5.0)". */
    tls: z.string(),
  }),
  platform: z.string(),
  arch: z.string(),
  dataFolder: z.string(),
  keychain: KeychainStatus,
  /** Set when stored data had to be recovered at start (e.g. a corrupt settings file), keyed: said in the UI language. */
  recovered: z.array(Message),
});
export type AppInfo = z.infer<typeof AppInfo>;

const Empty = z.strictObject({});

export const appContract = {
  'app:info': channel(Empty, AppInfo),
  'app:open-external': channel(
    z.strictObject({ url: z.string().max(2048) }),
    z.object({ opened: z.boolean() }),
  ),
  'settings:get': channel(Empty, Settings),
  'settings:set': channel(Settings.partial().strict(), Settings),
  /** The language the window shows (the "system" setting resolved), for main's own dialogs and menu. */
  'app:ui-language': channel(
    z.strictObject({ language: z.enum(LANGS) }),
    z.object({ language: z.enum(LANGS) }),
  ),
  /**
   * Copy buttons: the text goes to main, which writes the OS clipboard. Renderers get no clipboard
   * of their own (all web permissions are denied, clipboard-sanitized-write included). Bounded: the
   * longest copied value is a query URL.
   */
  'clipboard:write': channel(
    z.strictObject({ text: z.string().min(1).max(65_536) }),
    z.object({ written: z.boolean() }),
  ),
};
