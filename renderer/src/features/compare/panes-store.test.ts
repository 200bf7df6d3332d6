import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installMemoryLocalStorage } from '../../lib/memory-local-storage';

const saved = installMemoryLocalStorage();

// A prompt saved by the single-pane version (store version 2), model included.
const legacyPrompt = {
  state: { model: 'claude-legacy-1', system: 'Be brief', messages: [{ id: 'm1', role: 'user', text: 'Hello {{name}}', attachments: [] }], values: { name: 'Ada' } },
  version: 2,
};

/** The stores as a fresh start of the app finds them in storage. */
async function startApp() {
  vi.resetModules();
  const panes = await import('./panes-store');
  const prompt = await import('./pane-prompt');
  const shared = await import('../pane/store');
  return { panes: panes.usePanesStore, prompt, shared: shared.usePaneStore };
}

const persistedPanes = () => (JSON.parse(saved.get('duet.panes.v1') ?? '{}') as { state: { order: string[]; byId: Record<string, { model: string }> } }).state;

describe('panes store', () => {
  beforeEach(() => {
    saved.clear();
    saved.set('duet.pane.v1', JSON.stringify(legacyPrompt));
  });

  it('migrates a single-pane prompt without loss: one pane "main" with its model, the prompt shared', async () => {
    const { panes, prompt } = await startApp();
    expect(panes.getState().order).toEqual(['main']);
    expect(panes.getState().byId.main).toEqual({ model: 'claude-legacy-1' });
    const { state } = legacyPrompt;
    expect(prompt.effectivePrompt('main')).toEqual({ model: state.model, system: state.system, messages: state.messages, values: state.values });
  });

  it('edits a fork without touching the shared prompt, and the shared one for panes without a fork', async () => {
    const { panes, prompt, shared } = await startApp();
    const id = panes.getState().addPane();
    if (!id) throw new Error('no pane added');
    panes.getState().forkPane(id, shared.getState());
    prompt.promptActions(id).setText('m1', 'Forked text');
    prompt.promptActions(id).setValue('name', 'Bob');
    expect(shared.getState().messages[0]?.text).toBe('Hello {{name}}');
    expect(prompt.effectivePrompt(id)).toMatchObject({ model: 'claude-legacy-1', messages: [{ text: 'Forked text' }], values: { name: 'Bob' } });

    prompt.promptActions('main').setSystem('Shared system');
    expect(prompt.effectivePrompt(id).system).toBe('Be brief');
    expect(prompt.effectivePrompt('main').system).toBe('Shared system');

    panes.getState().resetToShared(id);
    expect(prompt.effectivePrompt(id)).toMatchObject({ system: 'Shared system', messages: [{ text: 'Hello {{name}}' }] });
  });

  it('duplicates a pane with its parameters, and keeps panes, their models and forks across a restart', async () => {
    const first = await startApp();
    const params = await import('../params/store');
    params.useParamsStore.getState().update('main', { temperature: 0.3, maxTokens: 777 });
    const id = first.panes.getState().duplicatePane('main');
    if (!id) throw new Error('no pane added');
    expect(params.paramsOf(params.useParamsStore.getState().byPane, id)).toMatchObject({ temperature: 0.3, maxTokens: 777 });
    first.prompt.promptActions(id).setModel('openai/gpt-x');
    first.panes.getState().forkPane(id, first.shared.getState());
    first.prompt.promptActions(id).setSystem('Only mine');
    first.panes.getState().setLayout('rows');
    expect(persistedPanes().order).toEqual(['main', id]);

    const again = await startApp();
    expect(again.panes.getState().order).toEqual(['main', id]);
    expect(again.panes.getState().layout).toBe('rows');
    expect(again.prompt.effectivePrompt(id)).toMatchObject({ model: 'openai/gpt-x', system: 'Only mine' });
    expect(again.prompt.effectivePrompt('main')).toMatchObject({ model: 'claude-legacy-1', system: 'Be brief' });
  });

  it('adds an answer to a pane’s prompt once per run', async () => {
    const { prompt } = await startApp();
    const answer = { text: 'Hi Ada', thinkingBlocks: [], toolCalls: [] };
    prompt.promptActions('main').appendRunAnswer('run-1', answer);
    prompt.promptActions('main').appendRunAnswer('run-1', answer);
    expect(prompt.effectivePrompt('main').messages.map((message) => message.text)).toEqual(['Hello {{name}}', 'Hi Ada']);
  });

  it('removes a pane (never the last) and undoes it', async () => {
    const { panes } = await startApp();
    panes.getState().removePane('main');
    expect(panes.getState().order).toEqual(['main']);
    const id = panes.getState().addPane();
    panes.getState().removePane('main');
    expect(panes.getState().order).toEqual([id]);
    panes.getState().undoRemove();
    expect(panes.getState().order).toEqual(['main', id]);
    expect(panes.getState().byId.main?.model).toBe('claude-legacy-1');
  });
});
