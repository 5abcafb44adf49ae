import { createContext, useContext } from 'react';
import type { Route } from './routes';

export interface Navigation {
  route: Route;
  go: (route: Route) => void;
}

export const NavigationContext = createContext<Navigation>({ route: { name: 'home' }, go: () => undefined });
export const useNavigation = (): Navigation => useContext(NavigationContext);
