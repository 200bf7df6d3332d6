import { useEffect } from 'react';
import { useHistoryStore } from './history-store';

/** Ctrl/Cmd+Shift+H opens or closes History from anywhere (Monaco included), unless a dialog holds the keys. */
export function useHistoryShortcut(dialogOpen: () => boolean): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key.toLowerCase() !== 'h' || !(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey) return;
      if (dialogOpen()) return;
      event.preventDefault();
      event.stopPropagation();
      useHistoryStore.getState().toggleOpen();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [dialogOpen]);
}
