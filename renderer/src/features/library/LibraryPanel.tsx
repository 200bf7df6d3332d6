import { useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import type { LibraryEntry } from '../../../../shared/contract';
import { displayName } from './file-names';
import { deleteFile, duplicateFile, openFile, saveWorkspaceTo } from './library-actions';
import { useLibraryUiStore } from './library-ui-store';
import { LibraryNoticeLine } from './LibraryNoticeLine';
import { useOpenFileStore } from './open-file-store';
import { useLibraryList } from './queries';
import './library.css';

/** The Library panel: search, the prompt files with their actions, and what happened last. */
export function LibraryPanel() {
  const open = useLibraryUiStore((state) => state.panelOpen);
  return open ? <OpenLibraryPanel /> : null;
}

function OpenLibraryPanel() {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const list = useLibraryList(deferred);
  const searchId = useId();
  const search = useRef<HTMLInputElement>(null);
  // Opening the panel (button or Ctrl/Cmd+Shift+L) puts the caret in the search box, so typing finds a prompt.
  useEffect(() => search.current?.focus(), []);
  const files = list.data?.files ?? [];

  return (
    <aside className="library-panel" aria-label="Library">
      <h2 className="library-title">Library</h2>
      <label htmlFor={searchId} className="visually-hidden">
        Search prompts
      </label>
      <input ref={search} id={searchId} type="search" placeholder="Search prompts" value={query} onChange={(event) => setQuery(event.target.value)} />
      <PendingOpen />
      <LibraryNoticeLine />
      {list.isError && (
        <p className="library-error" role="alert">
          The library could not be listed: {list.error.message}
        </p>
      )}
      {list.data && files.length === 0 && (
        <p className="library-empty">
          {deferred ? (
            <>No prompt matches “{deferred}”.</>
          ) : (
            <>
              No prompts yet. Press <kbd>Ctrl</kbd>+<kbd>S</kbd> to save the one you are writing; it goes to <code>{list.data.folder}</code> (change the folder in Settings).
            </>
          )}
        </p>
      )}
      <ul className="library-list" aria-label="Prompt files">
        {files.map((file) => (
          <LibraryItem key={file.path} file={file} />
        ))}
      </ul>
    </aside>
  );
}

function LibraryItem({ file }: { file: LibraryEntry }) {
  const client = useQueryClient();
  const isOpen = useOpenFileStore((state) => state.open?.path === file.path);
  const name = displayName(file.path);
  const modified = new Date(file.modifiedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <li className={`library-item${isOpen ? ' open' : ''}`} aria-label={name} aria-current={isOpen ? 'true' : undefined}>
      <div className="library-item-name">{name}</div>
      <div className="library-item-meta">
        {file.name && file.name !== name.split('/').at(-1) && <span>{file.name}</span>}
        {file.model && <span>{file.model}</span>}
        <span>Modified {modified}</span>
      </div>
      {file.error && (
        <p className="library-item-error">
          Cannot be read: {file.error.message} (line {file.error.line}, column {file.error.column})
        </p>
      )}
      <div className="library-item-actions">
        <button type="button" aria-label={`Open ${name}`} onClick={() => void openFile(file.path)}>
          Open
        </button>
        <button type="button" aria-label={`Rename ${name}`} onClick={() => useLibraryUiStore.getState().setNameDialog({ kind: 'rename', path: file.path })}>
          Rename
        </button>
        <button type="button" aria-label={`Duplicate ${name}`} onClick={() => void duplicateFile(client, file.path)}>
          Duplicate
        </button>
        <button type="button" aria-label={`Delete ${name}`} onClick={() => void deleteFile(client, file.path)}>
          Delete
        </button>
      </div>
    </li>
  );
}

/** Asked before opening a file over unsaved edits. */
function PendingOpen() {
  const client = useQueryClient();
  const pending = useLibraryUiStore((state) => state.pendingOpen);
  if (!pending) return null;
  const cancel = () => useLibraryUiStore.getState().setPendingOpen(undefined);
  const saveThenOpen = async (): Promise<void> => {
    const { open } = useOpenFileStore.getState();
    if (!open) {
      cancel();
      return useLibraryUiStore.getState().setNameDialog({ kind: 'save' });
    }
    const saved = await saveWorkspaceTo(client, open.path, open.version);
    if (saved.ok) await openFile(pending, true);
    else cancel();
  };
  return (
    <div className="library-confirm" role="alertdialog" aria-label="Unsaved changes" aria-describedby="library-confirm-text">
      <p id="library-confirm-text">You have unsaved changes. Opening {displayName(pending)} replaces them.</p>
      <button type="button" onClick={() => void saveThenOpen()}>
        Save, then open
      </button>
      <button type="button" onClick={() => void openFile(pending, true)}>
        Discard and open
      </button>
      <button type="button" onClick={cancel}>
        Cancel
      </button>
    </div>
  );
}
