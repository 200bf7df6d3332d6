import { displayName } from './file-names';
import { useLibraryUiStore } from './library-ui-store';
import { useOpenFileStore } from './open-file-store';
import { useWorkspaceDirty } from './workspace-dirty';

/** In the app header: the Library toggle, and the open file's name with an unsaved-changes marker. */
export function LibraryHeader() {
  const panelOpen = useLibraryUiStore((state) => state.panelOpen);
  const toggle = useLibraryUiStore((state) => state.togglePanel);
  const open = useOpenFileStore((state) => state.open);
  const dirty = useWorkspaceDirty();
  return (
    <>
      <button type="button" onClick={toggle} aria-pressed={panelOpen} title="Library (Ctrl+Shift+L)" aria-keyshortcuts="Control+Shift+L Meta+Shift+L">
        Library
      </button>
      <span className="open-file" aria-label="Open prompt" title={open ? `${open.path} in the library folder (Ctrl+S saves)` : 'Not saved in the library yet (Ctrl+S saves)'}>
        {open ? displayName(open.path) : 'Untitled'}
        {dirty && (
          <span className="unsaved-marker" title="Unsaved changes">
            <span aria-hidden="true"> ●</span>
            <span className="visually-hidden"> (unsaved changes)</span>
          </span>
        )}
      </span>
    </>
  );
}
