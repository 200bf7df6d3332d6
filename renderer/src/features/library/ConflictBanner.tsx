import { keepMine, reloadFromDisk } from './library-actions';
import { useOpenFileStore } from './open-file-store';

/** The open file changed on disk while the workspace has unsaved edits: the user picks which wins. */
export function ConflictBanner() {
  const conflict = useOpenFileStore((state) => state.conflict);
  if (!conflict) return null;
  return (
    <div className="library-conflict" role="alert">
      <strong>{conflict.message}</strong> Nothing was overwritten.
      <button type="button" onClick={() => void reloadFromDisk()}>
        Reload from disk
      </button>
      <button type="button" onClick={() => void keepMine()}>
        Keep mine
      </button>
    </div>
  );
}
