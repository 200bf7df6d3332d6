import { describe, expect, it } from 'vitest';
import type { PromptDoc } from '../compare/panes';
import { DEFAULT_PARAMS, type PaneParams } from '../params/types';
import { parseSnapshot, snapshotText } from './snapshot';

const pdf = { id: 'a'.repeat(64), name: 'report.pdf', mime: 'application/pdf' as const, size: 2048, pages: 3, citations: true, title: 'Q3' };
const prompt: PromptDoc = {
  system: 'You are {{role}}.',
  systemCache: '1h',
  messages: [
    { id: 'u1', role: 'user', text: 'Summarise {{topic}}', attachments: [pdf], cache: '5m' },
    { id: 'a1', role: 'assistant', text: '', attachments: [], toolCalls: [{ id: 'call_1', name: 'lookup', arguments: '{"q":"x"}' }], thinkingBlocks: [{ type: 'thinking', thinking: 'hm', signature: 'sig' }] },
    { id: 't1', role: 'tool', toolCallId: 'call_1', toolName: 'lookup', text: '{"ok":true}', isError: false },
  ],
  values: { role: 'an editor', topic: '' },
};
const params: PaneParams = { ...DEFAULT_PARAMS, maxTokens: 900, temperature: 0.3, stop: ['END'], thinking: 'budget', budgetTokens: 4096, toolsJson: '[{"type":"function"}', schemaJson: '' };

describe('pane snapshot', () => {
  it('gives back the pane exactly: template text, values, attachments, parameters and the fork flag', () => {
    for (const forked of [true, false]) {
      expect(parseSnapshot(snapshotText({ model: 'claude-opus-5-5', params, prompt, forked }))).toEqual({ version: 1, model: 'claude-opus-5-5', params, prompt, forked });
    }
  });

  it.each([
    ['no snapshot', undefined],
    ['empty text', ''],
    ['not JSON', '{"version":1,'],
    ['another version', JSON.stringify({ version: 2, model: 'm', params: {}, prompt, forked: false })],
    ['no model', JSON.stringify({ version: 1, params: {}, prompt, forked: false })],
    ['a message without text', JSON.stringify({ version: 1, model: 'm', prompt: { system: '', messages: [{ id: 'x', role: 'user', attachments: [] }], values: {} } })],
    ['a message of an unknown role', JSON.stringify({ version: 1, model: 'm', prompt: { system: '', messages: [{ id: 'x', role: 'robot', text: '' }], values: {} } })],
  ])('is null for %s (Reopen then uses the request)', (_name, text) => {
    expect(parseSnapshot(text)).toBeNull();
  });

  it('falls back to defaults for parameters of the wrong type or unknown, and drops values that are not text', () => {
    const text = JSON.stringify({ version: 1, model: 'm', params: { maxTokens: '900', temperature: 0.5, stop: [1], extra: true }, prompt: { ...prompt, values: { a: 'x', b: 3 } }, forked: 'yes' });
    const parsed = parseSnapshot(text);
    expect(parsed?.params).toEqual({ ...DEFAULT_PARAMS, temperature: 0.5 });
    expect(parsed?.prompt.values).toEqual({ a: 'x' });
    expect(parsed?.forked).toBe(false);
  });
});
