import type { Api } from '../../shared/api';

declare global {
  interface Window {
    /** Exposed by the preload (and by the e2e harness, from the same buildApi). */
    readonly c4c: Api;
  }
}

export const api: Api = window.c4c;
