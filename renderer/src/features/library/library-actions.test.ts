import { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../../shared/contract';

/** A library folder in memory behind a fake bridge, and a workspace that is just its text. */
const disk = new Map<string, { text: string; version: string }>();
const workspace = { text: '' };
const calls: { channel: string; request: unknown }[] = [];
let nextVersion = 0;
const version = () => String((nextVersion += 1)).padStart(16, '0');

const answer = (channel: string, request: Record<string, unknown>): Result<unknown> => {
  const path = request.path as string;
  const conflict = (message: string) => ({ ok: false as const, error: { code: 'conflict' as const, message, retryable: false } });
  if (channel === 'library.read') {
    const file = disk.get(path);
    return file ? { ok: true, value: { path, ...file } } : { ok: false, error: { code: 'not_found', message: `"${path}" is gone.`, retryable: false } };
  }
  if (channel === 'library.save') {
    const current = disk.get(path)?.version ?? null;
    if (current !== request.expectedVersion) return conflict(`"${path}" changed on disk since you opened it; nothing was overwritten.`);
    const saved = { text: request.text as string, version: version() };
    disk.set(path, saved);
    return { ok: true, value: { path, version: saved.version } };
  }
  if (channel === 'library.delete') {
    disk.delete(path);
    return { ok: true, value: { trashId: 'trash-00000001' } };
  }
  throw new Error(`unexpected ${channel}`);
};

vi.mock('../../bridge/bridge', () => ({
  bridge: {
    invoke: (channel: string, request: Record<string, unknown>) => {
      calls.push({ channel, request });
      return Promise.resolve(answer(channel, request));
    },
  },
}));
vi.mock('./workspace-file', () => ({
  workspaceToPromptText: () => workspace.text,
  applyPromptText: (text: string) => {
    if (text.startsWith('broken')) return { ok: false, error: { message: 'bad YAML', line: 3, column: 8 } };
    workspace.text = text;
    return { ok: true };
  },
}));

const actions = await import('./library-actions');
const { useOpenFileStore } = await import('./open-file-store');
const { useLibraryUiStore } = await import('./library-ui-store');
const client = new QueryClient();
const state = () => useOpenFileStore.getState();

beforeEach(() => {
  disk.clear();
  calls.length = 0;
  workspace.text = 'draft';
  useOpenFileStore.setState({ open: undefined, baseline: 'draft', conflict: undefined, notice: undefined });
  useLibraryUiStore.setState({ nameDialog: undefined, pendingOpen: undefined });
});

async function saveNew(path: string): Promise<void> {
  const result = await actions.saveWorkspaceTo(client, path, null);
  expect(result.ok).toBe(true);
}

describe('library actions', () => {
  it('Save with no open file asks for a name; saving then remembers the file and its version', async () => {
    actions.saveWorkspace(client);
    expect(useLibraryUiStore.getState().nameDialog).toEqual({ kind: 'save' });
    await saveNew('a.prompt');
    expect(state().open).toEqual({ path: 'a.prompt', version: disk.get('a.prompt')?.version });
    expect(state().notice?.text).toBe('Saved a.');
  });

  it('a save with a stale version shows the conflict and changes nothing', async () => {
    await saveNew('a.prompt');
    disk.set('a.prompt', { text: 'theirs', version: version() });
    workspace.text = 'mine';
    actions.saveWorkspace(client);
    await vi.waitFor(() => expect(state().conflict?.message).toContain('changed on disk'));
    expect(disk.get('a.prompt')?.text).toBe('theirs');
  });

  it('an outside change reloads a clean workspace, and raises the conflict over unsaved edits', async () => {
    await saveNew('a.prompt');
    disk.set('a.prompt', { text: 'from disk', version: version() });
    await actions.onOutsideChange(client, ['a.prompt']);
    expect(workspace.text).toBe('from disk');
    expect(state().notice?.text).toBe('a changed on disk and was reloaded.');

    workspace.text = 'unsaved edit';
    disk.set('a.prompt', { text: 'again from disk', version: version() });
    await actions.onOutsideChange(client, ['a.prompt']);
    expect(workspace.text).toBe('unsaved edit');
    expect(state().conflict).toEqual({ path: 'a.prompt', message: 'a changed on disk while you have unsaved edits.' });

    await actions.keepMine();
    expect(state().conflict).toBeUndefined();
    expect(state().open?.version).toBe(disk.get('a.prompt')?.version);
    actions.saveWorkspace(client);
    await vi.waitFor(() => expect(disk.get('a.prompt')?.text).toBe('unsaved edit'));
  });

  it('Reload from disk replaces the unsaved edits', async () => {
    await saveNew('a.prompt');
    workspace.text = 'unsaved edit';
    disk.set('a.prompt', { text: 'disk wins', version: version() });
    await actions.onOutsideChange(client, ['a.prompt']);
    await actions.reloadFromDisk();
    expect(workspace.text).toBe('disk wins');
    expect(state().conflict).toBeUndefined();
  });

  it('opening over unsaved edits asks first; a broken file is reported with line and column and the workspace stays', async () => {
    disk.set('broken.prompt', { text: 'broken front matter', version: version() });
    workspace.text = 'typed but not saved';
    await actions.openFile('broken.prompt');
    expect(useLibraryUiStore.getState().pendingOpen).toBe('broken.prompt');
    expect(calls).toEqual([]);
    await actions.openFile('broken.prompt', true);
    expect(state().notice).toMatchObject({ tone: 'problem', text: 'broken cannot be opened: bad YAML (line 3, column 8). Your workspace is unchanged.' });
    expect(workspace.text).toBe('typed but not saved');
    expect(state().open).toBeUndefined();
  });

  it('a file deleted on disk is forgotten and said so; deleting from the list offers Undo', async () => {
    await saveNew('a.prompt');
    disk.delete('a.prompt');
    await actions.onOutsideChange(client, ['a.prompt']);
    expect(state().open).toBeUndefined();
    expect(state().notice?.tone).toBe('problem');

    await saveNew('b.prompt');
    await actions.deleteFile(client, 'b.prompt');
    expect(state().open).toBeUndefined();
    expect(state().notice).toMatchObject({ text: 'Deleted b.', undoTrashId: 'trash-00000001' });
  });

  it('ignores changes to other files', async () => {
    await saveNew('a.prompt');
    calls.length = 0;
    await actions.onOutsideChange(client, ['other.prompt']);
    expect(calls).toEqual([]);
  });
});
