import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installMemoryLocalStorage } from '../../lib/memory-local-storage';

const saved = installMemoryLocalStorage();

async function startApp() {
  vi.resetModules();
  const panes = (await import('./panes-store')).usePanesStore;
  const shared = (await import('../pane/store')).usePaneStore;
  const { promptActions } = await import('./pane-prompt');
  const { ballot } = await import('./ballot');
  return { panes, shared, promptActions, ballot };
}

describe('ballot', () => {
  beforeEach(() => saved.clear());

  it('records the shown models and the shared prompt, with no forks when no pane has one', async () => {
    const { panes, promptActions, ballot } = await startApp();
    promptActions('main').setSystem('Be brief');
    const second = panes.getState().addPane();
    if (!second) throw new Error('no pane added');
    panes.getState().setModel(second, 'claude-haiku-5-5');
    const vote = ballot([second, 'main'], 0, 42);
    expect(vote).toMatchObject({ at: 42, winner: 0, models: ['claude-haiku-5-5', panes.getState().byId.main?.model] });
    expect(vote.prompt).toContain('Be brief');
    expect(vote.forks).toBeUndefined();
  });

  it('keeps a forked pane’s own prompt beside the shared one, in the shown order', async () => {
    const { panes, shared, promptActions, ballot } = await startApp();
    const second = panes.getState().addPane();
    if (!second) throw new Error('no pane added');
    panes.getState().forkPane(second, shared.getState());
    promptActions(second).setSystem('Answer as a pirate');
    const vote = ballot(['main', second], 'tie', 1);
    expect(vote.forks?.[0]).toBeNull();
    expect(vote.forks?.[1]).toContain('Answer as a pirate');
    expect(vote.prompt).not.toContain('pirate');
  });
});
