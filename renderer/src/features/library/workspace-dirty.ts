import { useEffect, useState } from 'react';
import { usePanesStore } from '../compare/panes-store';
import { usePaneStore } from '../pane/store';
import { useParamsStore } from '../params/store';
import { useOpenFileStore } from './open-file-store';
import { workspaceToPromptText } from './workspace-file';

/**
 * Whether the workspace has edits the open file (or, with none open, the last baseline) does not have.
 * The baseline is the workspace's own serialization right after a read or save, so a hand-written file
 * that Duet would format differently is not dirty the moment it is opened.
 */
export function isWorkspaceDirty(): boolean {
  const { baseline } = useOpenFileStore.getState();
  return baseline !== undefined && workspaceToPromptText() !== baseline;
}

const RECHECK_MS = 150;

/** `isWorkspaceDirty()`, kept current as the prompt, panes, parameters or open file change (checked at most every 150 ms). */
export function useWorkspaceDirty(): boolean {
  const [dirty, setDirty] = useState(isWorkspaceDirty);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recheck = (): void => {
      timer ??= setTimeout(() => {
        timer = undefined;
        setDirty(isWorkspaceDirty());
      }, RECHECK_MS);
    };
    const unsubscribers = [usePaneStore.subscribe(recheck), usePanesStore.subscribe(recheck), useParamsStore.subscribe(recheck), useOpenFileStore.subscribe(recheck)];
    recheck();
    return () => {
      unsubscribers.forEach((unsubscribe) => unsubscribe());
      if (timer) clearTimeout(timer);
    };
  }, []);
  return dirty;
}
