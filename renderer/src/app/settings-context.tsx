import { createContext, useContext } from 'react';
import type { AppInfo, Settings } from '../../../shared/contract/app';

export interface AppState {
  settings: Settings;
  info: AppInfo | null;
  updateSettings: (patch: Partial<Settings>) => Promise<void>;
}

export const AppStateContext = createContext<AppState | null>(null);

export function useAppState(): AppState {
  const state = useContext(AppStateContext);
  if (!state) throw new Error('useAppState outside AppStateContext');
  return state;
}
