import { useEffect } from 'react';
import { useSettingsStore } from './store';

/** Ctrl/Cmd+, opens Settings from anywhere, Monaco included (hence the capture phase). */
export function useSettingsShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== ',' || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
      event.preventDefault();
      event.stopPropagation();
      useSettingsStore.getState().openSettings();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
