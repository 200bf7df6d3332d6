import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { bridge } from '../../bridge/bridge';
import { onOutsideChange, saveWorkspace } from './library-actions';
import { useLibraryUiStore } from './library-ui-store';
import { useOpenFileStore } from './open-file-store';
import { workspaceToPromptText } from './workspace-file';

/**
 * Once for the app: Ctrl/Cmd+S saves, Ctrl/Cmd+Shift+S saves as, Ctrl/Cmd+Shift+L shows the library
 * (capture phase, so they work inside Monaco too), and outside changes to library files are followed.
 */
export function useLibraryWiring(): void {
  const client = useQueryClient();
  useEffect(() => {
    // What the workspace was when the app started: edits after this count as unsaved.
    if (useOpenFileStore.getState().baseline === undefined) useOpenFileStore.getState().setBaseline(workspaceToPromptText());
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key !== 's' && !(key === 'l' && event.shiftKey)) return;
      event.preventDefault();
      event.stopPropagation();
      const ui = useLibraryUiStore.getState();
      if (key === 'l') return ui.togglePanel();
      if (ui.nameDialog) return;
      if (event.shiftKey) ui.setNameDialog({ kind: 'saveAs' });
      else saveWorkspace(client);
    };
    window.addEventListener('keydown', onKeyDown, true);
    const unsubscribe = bridge.on('library.changed', ({ paths }) => void onOutsideChange(client, paths));
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      unsubscribe();
    };
  }, [client]);
}
