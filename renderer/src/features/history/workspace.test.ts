import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installMemoryLocalStorage } from '../../lib/memory-local-storage';

const saved = installMemoryLocalStorage();
vi.mock('../../bridge/bridge', () => ({ bridge: { invoke: vi.fn(), on: vi.fn() } }));

async function stores() {
  vi.resetModules();
  const [workspace, panes, shared, params, runs] = await Promise.all([import('./workspace'), import('../compare/panes-store'), import('../pane/store'), import('../params/store'), import('../runs/store')]);
  return { workspace, panes: panes.usePanesStore, shared: shared.usePaneStore, params: params.useParamsStore, runs: runs.useRunsStore };
}

const doc = (text: string) => ({ system: 'sys', messages: [{ id: 'u', role: 'user' as const, text, attachments: [] }], values: {} });

describe('workspace', () => {
  beforeEach(() => saved.clear());

  it('Reopen replaces the panes and the shared prompt; Undo puts back exactly what was there', async () => {
    const { workspace, panes, shared, params } = await stores();
    shared.getState().updateShared(() => doc('my unsent edit'));
    const second = panes.getState().addPane();
    panes.getState().setModel(second ?? '', 'claude-opus-5-5');
    params.getState().update('main', { temperature: 0.9 });
    const before = workspace.captureWorkspace();

    const previous = workspace.applyReopen({
      shared: doc('from history'),
      panes: [
        { id: 'pane-new1', model: 'claude-haiku-5-5', params: { ...params.getState().byPane.main!, temperature: 0.1 } },
        { id: 'pane-new2', model: 'claude-sonnet-5-5', params: params.getState().byPane.main!, fork: doc('forked') },
      ],
      lost: [],
    });
    expect(previous).toEqual(before);
    expect(panes.getState().order).toEqual(['pane-new1', 'pane-new2']);
    expect(panes.getState().byId['pane-new2']).toEqual({ model: 'claude-sonnet-5-5', fork: doc('forked') });
    expect(shared.getState().messages[0]?.text).toBe('from history');
    expect(params.getState().byPane['pane-new1']?.temperature).toBe(0.1);
    expect(params.getState().byPane.main?.temperature).toBe(0.9);

    workspace.restoreWorkspace(previous);
    expect(workspace.captureWorkspace()).toEqual(before);
    expect(shared.getState().messages[0]?.text).toBe('my unsent edit');
  });

  it('says the panes hold unrun edits until each pane has run what it shows', async () => {
    const { workspace, shared } = await stores();
    expect(workspace.workspaceHasUnrunEdits()).toBe(false);
    shared.getState().updateShared(() => doc('typed, never run'));
    expect(workspace.workspaceHasUnrunEdits()).toBe(true);
  });
});

describe('attachmentIdsOf', () => {
  it('lists each attachment of the shared prompt and the forks once, not tool results', async () => {
    const { workspace } = await stores();
    const ref = (id: string) => ({ id: id.repeat(64), name: `${id}.png`, mime: 'image/png' as const, size: 1 });
    const shared = { system: '', messages: [{ id: 'u', role: 'user' as const, text: '', attachments: [ref('a'), ref('b')] }], values: {} };
    const fork = { system: '', messages: [{ id: 'u', role: 'user' as const, text: '', attachments: [ref('b'), ref('c')] }, { id: 't', role: 'tool' as const, toolCallId: 'x', toolName: 'x', text: '', isError: false }], values: {} };
    expect(workspace.attachmentIdsOf({ shared, order: ['p1', 'p2'], byId: { p1: { model: 'm' }, p2: { model: 'm', fork } } })).toEqual(['a', 'b', 'c'].map((id) => id.repeat(64)));
  });
});
