import { describe, expect, it } from 'vitest';
import { effectivePromptOf } from './effective-prompt';
import type { PromptDoc } from './panes';

const shared: PromptDoc = { system: 'shared', messages: [{ id: 'm', role: 'user', text: 'hi', attachments: [] }], values: {} };
const fork: PromptDoc = { system: 'own', systemCache: '1h', messages: [], values: { a: '1' } };

describe('effectivePromptOf', () => {
  it.each([
    ['a pane without a fork sends the shared prompt', { model: 'm1' }, { ...shared, model: 'm1' }],
    ['a forked pane sends its fork', { model: 'm2', fork }, { ...fork, model: 'm2' }],
  ])('%s, with its own model', (_name, pane, expected) => {
    expect(effectivePromptOf(shared, pane)).toEqual(expected);
  });

  it('leaves out store fields beside the prompt', () => {
    const store = { ...shared, model: 'legacy', updateShared: () => undefined };
    expect(Object.keys(effectivePromptOf(store, { model: 'm' })).sort()).toEqual(['messages', 'model', 'system', 'values']);
  });
});
