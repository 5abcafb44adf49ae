/** Events main pushes to the renderer (menus, reminders). Payloads hold nothing secret. */
export interface AppEvents {
  'menu:navigate': { to: 'home' | 'settings' | 'about' | 'keypairs' | 'new-connection' };
  'menu:import-key-pair': Record<string, never>;
}
export type AppEvent = keyof AppEvents;
export const APP_EVENTS = ['menu:navigate', 'menu:import-key-pair'] as const satisfies readonly AppEvent[];
