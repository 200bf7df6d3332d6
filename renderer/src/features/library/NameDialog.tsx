import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useId, useRef, useState, type FormEvent, type SyntheticEvent } from 'react';
import { escapeCloses, useModalFocus } from '../settings/use-modal-focus';
import { displayName, nameToPath } from './file-names';
import { renameFile, saveWorkspaceTo } from './library-actions';
import { useLibraryUiStore, type NameDialog as NameDialogState } from './library-ui-store';
import { useOpenFileStore } from './open-file-store';

/** "Save prompt" (first save, Save as) or "Rename prompt": one Name textbox; Enter saves, Esc cancels. */
export function NameDialog() {
  const dialog = useLibraryUiStore((state) => state.nameDialog);
  return dialog ? <OpenNameDialog dialog={dialog} /> : null;
}

/** The name being typed, its error, and the save (or rename) it submits. */
function useNameForm(dialog: NameDialogState, close: () => void) {
  const client = useQueryClient();
  const openPath = useOpenFileStore((state) => state.open?.path);
  const initial = dialog.kind === 'rename' ? displayName(dialog.path) : dialog.kind === 'saveAs' && openPath ? `${displayName(openPath)} copy` : '';
  const [name, setName] = useState(initial);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const target = nameToPath(name);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!target.ok) return setError(target.message);
    setBusy(true);
    const result = dialog.kind === 'rename' ? await renameFile(client, dialog.path, target.path) : await saveWorkspaceTo(client, target.path, null);
    setBusy(false);
    if (result.ok) close();
    else setError(result.error.message);
  };
  const change = (next: string): void => {
    setName(next);
    setError('');
  };
  return { name, change, error, busy, submit, preview: target.ok ? target.path : 'name.prompt' };
}

function OpenNameDialog({ dialog }: { dialog: NameDialogState }) {
  const ref = useRef<HTMLDialogElement>(null);
  const close = useCallback(() => useLibraryUiStore.getState().setNameDialog(undefined), []);
  const noFallback = useCallback(() => null, []);
  useModalFocus(ref, noFallback);
  const form = useNameForm(dialog, close);
  const titleId = useId();
  const { onKeyDown, onCancel } = escapeCloses(close);
  const onClose = (event: SyntheticEvent<HTMLDialogElement>): void => {
    if (!event.currentTarget.open) close();
  };

  return (
    <dialog ref={ref} className="library-dialog" aria-labelledby={titleId} onKeyDown={onKeyDown} onCancel={onCancel} onClose={onClose}>
      <form onSubmit={(event) => void form.submit(event)}>
        <h2 id={titleId}>{dialog.kind === 'rename' ? 'Rename prompt' : 'Save prompt'}</h2>
        <label htmlFor={`${titleId}-name`}>Name</label>
        <input
          id={`${titleId}-name`}
          data-autofocus
          value={form.name}
          onChange={(event) => form.change(event.target.value)}
          aria-invalid={form.error ? true : undefined}
          aria-describedby={`${titleId}-hint`}
          autoComplete="off"
          spellCheck={false}
        />
        <p id={`${titleId}-hint`} className="library-hint">
          {dialog.kind === 'rename' ? 'Renamed to' : 'Saved as'} <code>{form.preview}</code> in the library folder; use “/” for a subfolder.
        </p>
        {form.error && (
          <p className="library-error" role="alert">
            {form.error}
          </p>
        )}
        <div className="library-dialog-actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={form.busy}>
            {dialog.kind === 'rename' ? 'Rename' : 'Save'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
