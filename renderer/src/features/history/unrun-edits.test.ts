import { describe, expect, it } from 'vitest';
import type { PanePrompt } from '../pane/conversation';
import { paneRequest } from '../pane/pane-request';
import { DEFAULT_PARAMS } from '../params/types';
import { hasUnrunEdits, type WorkspacePane } from './unrun-edits';

const prompt = (text: string): PanePrompt => ({ model: 'claude-sonnet-5-5', system: '', messages: [{ id: 'u', role: 'user', text, attachments: [] }], values: {} });
const requestOf = (text: string) => {
  const outcome = paneRequest(prompt(text), DEFAULT_PARAMS);
  if (!outcome.ok) throw new Error('not sendable');
  return outcome.request;
};
const pane = (text: string, ranText?: string): WorkspacePane => ({ prompt: prompt(text), params: DEFAULT_PARAMS, lastRequest: ranText === undefined ? undefined : requestOf(ranText) });

describe('hasUnrunEdits', () => {
  it.each<[string, WorkspacePane[], boolean]>([
    ['only empty panes', [pane(''), pane('  ')], false],
    ['every pane ran as it is now', [pane('hello', 'hello'), pane('', undefined)], false],
    ['a pane never ran', [pane('hello')], true],
    ['a pane was edited after its run', [pane('hello again', 'hello')], true],
    ['a pane that cannot be sent (a variable without a value) still holds work', [pane('Hi {{name}}')], true],
    ['a parameter changed after the run', [{ ...pane('hello', 'hello'), params: { ...DEFAULT_PARAMS, temperature: 0.1 } }], true],
  ])('%s: %s', (_name, panes, expected) => {
    expect(hasUnrunEdits(panes)).toBe(expected);
  });
});
