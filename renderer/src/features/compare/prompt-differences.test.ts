import { describe, expect, it } from 'vitest';
import type { AttachmentRef } from '../../../../shared/chat/attachment';
import type { PromptDoc } from './panes';
import { describeDifferences, promptDifferences, type PromptPart } from './prompt-differences';

const file: AttachmentRef = { id: 'a'.repeat(64), name: 'a.png', mime: 'image/png', size: 3 };
const shared: PromptDoc = { system: 'Be brief', messages: [{ id: 'm1', role: 'user', text: 'Hi {{name}}', attachments: [] }], values: { name: 'Ada' } };
const withMessage = (change: Partial<{ text: string; attachments: AttachmentRef[] }>): PromptDoc => ({
  ...shared,
  messages: [{ id: 'm1', role: 'user', text: 'Hi {{name}}', attachments: [], ...change }],
});

describe('promptDifferences', () => {
  it.each<[string, PromptDoc, PromptPart[]]>([
    ['an unchanged copy', structuredClone(shared), []],
    ['a copy whose messages got new ids', { ...shared, messages: [{ id: 'other', role: 'user', text: 'Hi {{name}}', attachments: [] }] }, []],
    ['another system prompt', { ...shared, system: 'Be long' }, ['system']],
    ['a system cache breakpoint', { ...shared, systemCache: '5m' }, ['system']],
    ['another message text', withMessage({ text: 'Hello' }), ['messages']],
    ['an added message', { ...shared, messages: [...shared.messages, { id: 'm2', role: 'assistant', text: '', attachments: [] }] }, ['messages']],
    ['another variable value', { ...shared, values: { name: 'Bob' } }, ['variables']],
    ['the same values in another order', { ...shared, values: { b: '2', a: '1' } }, ['variables']],
    ['a file attached', withMessage({ attachments: [file] }), ['attachments']],
    ['everything', { system: 'x', messages: [{ id: 'm1', role: 'user', text: 'y', attachments: [file] }], values: {} }, ['system', 'messages', 'variables', 'attachments']],
  ])('%s', (_name, fork, parts) => {
    expect(promptDifferences(shared, fork)).toEqual(parts);
  });

  it('does not tell apart values that only differ in key order', () => {
    expect(promptDifferences({ ...shared, values: { a: '1', b: '2' } }, { ...shared, values: { b: '2', a: '1' } })).toEqual([]);
  });
});

describe('describeDifferences', () => {
  it.each<[PromptPart[], string]>([
    [[], 'Forked prompt, same as shared'],
    [['system'], 'Modified: system'],
    [['messages', 'attachments'], 'Modified: messages, attachments'],
  ])('%j → %s', (parts, text) => {
    expect(describeDifferences(parts)).toBe(text);
  });
});
