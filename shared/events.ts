/** Events main pushes to the renderer (menus, reminders). Payloads hold nothing secret. */
export interface AppEvents {
  'menu:navigate': { to: 'home' | 'settings' | 'about' | 'keypairs' | 'new-connection' };
  'menu:import-key-pair': Record<string, never>;
  /** An OS notification could not be shown (no notification service, or it failed): show it in the app. */
  'notification:not-shown': { title: string; body: string; reason: 'unsupported' | 'failed' };
  /** Another process (the CLI, a second window) changed the data folder's store: show it again. */
  'data:changed': Record<string, never>;
}
export type AppEvent = keyof AppEvents;
export const APP_EVENTS = [
  'menu:navigate',
  'menu:import-key-pair',
  'notification:not-shown',
  'data:changed',
] as const satisfies readonly AppEvent[];
