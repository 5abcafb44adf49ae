import { useEffect } from 'react';
import { api } from '../api';

/**
 * Ask again when the data may have changed outside this window: main says so when another process
 * (the command line) replaced the store file, and the window getting the focus back covers a
 * folder that cannot be watched (the user was in a terminal).
 */
export function useOutsideChanges(reload: () => unknown): void {
  useEffect(() => {
    const off = api.on('data:changed', () => void reload());
    const onFocus = () => void reload();
    window.addEventListener('focus', onFocus);
    return () => {
      off();
      window.removeEventListener('focus', onFocus);
    };
  }, [reload]);
}
