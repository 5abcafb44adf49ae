/** The screens of the app. A plain union: no router library for a single-window desktop app. */
import type { WizardStep } from '../../../shared/contract/wizard';

export type SimpleRouteName = 'home' | 'keypairs' | 'settings' | 'about' | 'new-connection';
export type Route =
  | { name: SimpleRouteName }
  /** Key pairs with one of them selected (Home's "Pick the .p12 again"). */
  | { name: 'keypairs'; keyPairId: string }
  /** The guided setup: a new connection, or an unfinished one at its step. */
  | { name: 'wizard'; connectionId?: string; step?: WizardStep }
  /** One connection: state, test, export, duplicate, delete. */
  | { name: 'connection'; id: string }
  /** Metadata explorer, query builder and hand-over of one connection. */
  | { name: 'odata'; connectionId: string };
export type RouteName = Route['name'];
