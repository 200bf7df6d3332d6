import { useState, type FormEvent } from 'react';
import { useLibraryFolder, useSetLibraryFolder } from '../library/queries';
import { ErrorNote, LiveStatus } from './Feedback';

/** Where the prompt library lives: a folder path, or the default inside Duet's data folder. */
export function LibraryFolderSection() {
  const folder = useLibraryFolder();
  const setFolder = useSetLibraryFolder();
  // null: show the host's folder; a string: what is being typed.
  const [text, setText] = useState<string | null>(null);
  const value = text ?? folder.data?.folder ?? '';
  const changed = folder.data !== undefined && value.trim() !== folder.data.folder;

  const save = (event: FormEvent): void => {
    event.preventDefault();
    setFolder.mutate(value.trim(), { onSuccess: () => setText(null) });
  };
  return (
    <section className="settings-section" aria-labelledby="library-folder-title">
      <h3 id="library-folder-title">Prompt library</h3>
      <p className="settings-hint">Prompts are saved as Dotprompt .prompt files in this folder; edit them with any editor and Duet follows the changes.</p>
      <form className="settings-row" onSubmit={save}>
        <label htmlFor="library-folder">Library folder</label>
        <input id="library-folder" className="library-folder-input" value={value} onChange={(event) => setText(event.target.value)} spellCheck={false} autoComplete="off" />
        <button type="submit" disabled={!changed || value.trim() === '' || setFolder.isPending}>
          Use this folder
        </button>
        <button type="button" disabled={folder.data?.isDefault !== false || setFolder.isPending} onClick={() => setFolder.mutate(null, { onSuccess: () => setText(null) })}>
          Use default
        </button>
      </form>
      <LiveStatus label="Library folder status">{folder.data ? (folder.data.isDefault ? 'The default folder, inside Duet’s data folder.' : 'A folder you chose.') : ''}</LiveStatus>
      <ErrorNote error={setFolder.error ?? (folder.isError ? folder.error : null)} />
    </section>
  );
}
