import type { QueryClient } from '@tanstack/react-query';
import type { DuetError, Result } from '../../../../shared/contract';
import { bridge } from '../../bridge/bridge';
import { displayName } from './file-names';
import { useLibraryUiStore } from './library-ui-store';
import { useOpenFileStore } from './open-file-store';
import { reactToDisk, reactToOutsideChange } from './outside-change';
import { invalidateLibrary } from './queries';
import { workspaceToPromptText, applyPromptText } from './workspace-file';
import { isWorkspaceDirty } from './workspace-dirty';

/**
 * What the library's buttons and shortcuts do. Every failure is said in the library's status line
 * or the conflict banner; the workspace is never changed by a read that fails.
 */
const store = () => useOpenFileStore.getState();
const baseName = (path: string) => displayName(path).split('/').at(-1) ?? displayName(path);

/** Writes the workspace to `path`; `expectedVersion` null = a new file. Resolves to the host's answer. */
export async function saveWorkspaceTo(client: QueryClient, path: string, expectedVersion: string | null): Promise<Result<{ path: string; version: string }>> {
  const result = await bridge.invoke('library.save', { path, text: workspaceToPromptText(baseName(path)), expectedVersion });
  if (result.ok) {
    store().markSaved(result.value.path, result.value.version, workspaceToPromptText());
    store().say(`Saved ${displayName(path)}.`);
    void invalidateLibrary(client);
  } else if (result.error.code === 'conflict' && expectedVersion !== null) {
    store().setConflict({ path, message: result.error.message });
  } else if (expectedVersion !== null) {
    store().say(result.error.message, 'problem');
  }
  return result;
}

/** Ctrl/Cmd+S: to the open file, or ask for a name the first time. */
export function saveWorkspace(client: QueryClient): void {
  const { open } = store();
  if (!open) return useLibraryUiStore.getState().setNameDialog({ kind: 'save' });
  void saveWorkspaceTo(client, open.path, open.version);
}

/** Reads `path` and loads it into the workspace; a broken file is reported with its line and column. */
export async function loadFile(path: string, how: 'opened' | 'reloaded'): Promise<boolean> {
  const read = await bridge.invoke('library.read', { path });
  if (!read.ok) {
    store().say(read.error.message, 'problem');
    return false;
  }
  const applied = applyPromptText(read.value.text);
  if (!applied.ok) {
    const { message, line, column } = applied.error;
    store().say(`${displayName(path)} cannot be opened: ${message} (line ${line}, column ${column}). Your workspace is unchanged.`, 'problem');
    return false;
  }
  store().markSaved(path, read.value.version, workspaceToPromptText());
  store().say(how === 'opened' ? `Opened ${displayName(path)}.` : `${displayName(path)} changed on disk and was reloaded.`);
  return true;
}

/** Open from the list: asks first when the workspace has unsaved edits (unless `discard`). */
export async function openFile(path: string, discard = false): Promise<void> {
  if (!discard && isWorkspaceDirty()) return useLibraryUiStore.getState().setPendingOpen(path);
  useLibraryUiStore.getState().setPendingOpen(undefined);
  await loadFile(path, 'opened');
}

/** `library.changed` from the host: files changed outside the app. */
export async function onOutsideChange(client: QueryClient, paths: string[]): Promise<void> {
  void invalidateLibrary(client);
  const { open } = store();
  const reaction = reactToOutsideChange(open?.path, paths, isWorkspaceDirty());
  if (!open || reaction === 'ignore') return;
  if (reaction === 'conflict') {
    store().setConflict({ path: open.path, message: `${displayName(open.path)} changed on disk while you have unsaved edits.` });
    return;
  }
  const read = await bridge.invoke('library.read', { path: open.path });
  if (!read.ok && read.error.code !== 'not_found') return store().say(read.error.message, 'problem');
  const disk = reactToDisk(open.version, read.ok ? { found: true, version: read.value.version } : { found: false });
  if (disk === 'gone') {
    store().setOpen(undefined);
    store().say(`${displayName(open.path)} was deleted or moved on disk. Your workspace is unchanged; Save asks for a name to write it again.`, 'problem');
  } else if (disk === 'reload') {
    await loadFile(open.path, 'reloaded');
  }
}

/** The conflict banner's "Reload from disk": the disk wins, the edits go. */
export async function reloadFromDisk(): Promise<void> {
  const conflict = store().conflict;
  if (conflict && (await loadFile(conflict.path, 'reloaded'))) store().setConflict(undefined);
}

/** The banner's "Keep mine": the workspace stays; the next Save writes over the disk's new version. */
export async function keepMine(): Promise<void> {
  const conflict = store().conflict;
  if (!conflict) return;
  const read = await bridge.invoke('library.read', { path: conflict.path });
  if (read.ok) store().setOpen({ path: conflict.path, version: read.value.version });
  else store().setOpen(undefined);
  store().setConflict(undefined);
  store().say(read.ok ? `Keeping your edits; Save writes them over ${displayName(conflict.path)}.` : `Keeping your edits; ${displayName(conflict.path)} is gone from disk, so Save asks for a name.`);
}

async function call<T>(client: QueryClient, result: Promise<Result<T>>): Promise<T | DuetError> {
  const settled = await result;
  void invalidateLibrary(client);
  if (!settled.ok) store().say(settled.error.message, 'problem');
  return settled.ok ? settled.value : settled.error;
}

export async function renameFile(client: QueryClient, from: string, to: string): Promise<Result<{ path: string; version: string }>> {
  const result = await bridge.invoke('library.rename', { from, to });
  void invalidateLibrary(client);
  if (result.ok) {
    if (store().open?.path === from) store().setOpen(result.value);
    store().say(`Renamed ${displayName(from)} to ${displayName(to)}.`);
  }
  return result;
}

export async function duplicateFile(client: QueryClient, path: string): Promise<void> {
  const copy = await call(client, bridge.invoke('library.duplicate', { path }));
  if ('version' in copy) store().say(`Duplicated ${displayName(path)} as ${displayName(copy.path)}.`);
}

export async function deleteFile(client: QueryClient, path: string): Promise<void> {
  const deleted = await call(client, bridge.invoke('library.delete', { path }));
  if (!('trashId' in deleted)) return;
  if (store().open?.path === path) store().setOpen(undefined);
  store().say(`Deleted ${displayName(path)}.`, 'ok', deleted.trashId);
}

export async function restoreFile(client: QueryClient, trashId: string): Promise<void> {
  const restored = await call(client, bridge.invoke('library.restore', { trashId }));
  if ('version' in restored) store().say(`Restored ${displayName(restored.path)}.`);
}
