/** The screens of the app. A plain union: no router library for a single-window desktop app. */
export type SimpleRouteName = 'home' | 'keypairs' | 'settings' | 'about' | 'new-connection';
export type Route = { name: SimpleRouteName };
export type RouteName = Route['name'];
