import { describe, expect, it } from 'vitest';
import {
  addMessage,
  addToolResults,
  appendRunAnswer,
  cacheBreakpointCount,
  messageLabel,
  migrateV1,
  moveMessage,
  newTurn,
  removeMessage,
  setCache,
  setRole,
  setText,
  templateTexts,
  thinkingWarning,
  type PromptMessage,
  type RunAnswer,
} from './conversation';

const signed = { type: 'thinking' as const, thinking: 'Let me see.', signature: 'c2ln+/=' };
const u1 = newTurn('u1', 'user', 'Hi');
const a2: PromptMessage = { ...newTurn('a2', 'assistant', 'Hello'), thinkingBlocks: [signed] };
const u3 = newTurn('u3', 'user', 'More');
const ids = (messages: readonly PromptMessage[]) => messages.map((message) => `${message.id}:${message.role}`);

describe('conversation transitions', () => {
  it.each([
    ['after a user message comes an assistant one', [u1], 'assistant'],
    ['after an assistant message comes a user one', [u1, a2], 'user'],
    ['an empty conversation starts with a user message', [], 'user'],
  ])('addMessage: %s', (_name, messages, role) => {
    expect(addMessage(messages, 'n').at(-1)).toEqual({ id: 'n', role, text: '', attachments: [] });
  });

  it.each([
    ['up', 'a2', -1, ['a2:assistant', 'u1:user', 'u3:user']],
    ['down', 'a2', 1, ['u1:user', 'u3:user', 'a2:assistant']],
    ['past the top', 'u1', -1, ['u1:user', 'a2:assistant', 'u3:user']],
    ['past the bottom', 'u3', 1, ['u1:user', 'a2:assistant', 'u3:user']],
    ['an unknown id', 'zz', 1, ['u1:user', 'a2:assistant', 'u3:user']],
  ] as const)('moveMessage %s', (_name, id, by, expected) => {
    expect(ids(moveMessage([u1, a2, u3], id, by))).toEqual(expected);
  });

  it('removes, edits and marks only the named message', () => {
    expect(ids(removeMessage([u1, a2, u3], 'a2'))).toEqual(['u1:user', 'u3:user']);
    expect(setText([u1, a2], 'u1', 'Changed').map((m) => m.text)).toEqual(['Changed', 'Hello']);
    expect(setCache([u1, a2], 'a2', '1h').map((m) => m.cache)).toEqual([undefined, '1h']);
    expect(setCache(setCache([u1], 'u1', '5m'), 'u1', undefined)[0]).not.toHaveProperty('cache');
  });

  it('a turn that becomes a user turn drops its thinking and tool calls', () => {
    const withCall: PromptMessage = { ...a2, toolCalls: [{ id: 't', name: 'f', arguments: '{}' }] };
    expect(setRole([withCall], 'a2', 'user')[0]).toEqual({ id: 'a2', role: 'user', text: 'Hello', attachments: [] });
    expect(setRole([u1], 'u1', 'assistant')[0]?.role).toBe('assistant');
  });

  const answer: RunAnswer = { text: 'Calling', thinkingBlocks: [signed], toolCalls: [{ id: 'toolu_1', name: 'get_weather', arguments: '{"a":1}' }] };

  it('appends an answer with its thinking and tool calls; empty parts stay absent', () => {
    expect(appendRunAnswer([u1], 'a', answer)[1]).toEqual({ id: 'a', role: 'assistant', text: 'Calling', attachments: [], thinkingBlocks: [signed], toolCalls: answer.toolCalls });
    expect(appendRunAnswer([u1], 'a', { text: 'Hi', thinkingBlocks: [], toolCalls: [] })[1]).toEqual(newTurn('a', 'assistant', 'Hi'));
  });

  it('adds the answer, then one tool message per result', () => {
    const next = addToolResults([u1], { answer: 'a', results: ['r'] }, answer, [{ toolCallId: 'toolu_1', toolName: 'get_weather', text: 'sunny', isError: true }]);
    expect(ids(next)).toEqual(['u1:user', 'a:assistant', 'r:tool']);
    expect(next[2]).toEqual({ id: 'r', role: 'tool', toolCallId: 'toolu_1', toolName: 'get_weather', text: 'sunny', isError: true });
  });

  it.each([
    [{ messages: [u1] }, 0],
    [{ systemCache: '5m' as const, messages: [u1, { ...a2, cache: '1h' as const }] }, 2],
  ])('counts cache breakpoints %#', (prompt, count) => {
    expect(cacheBreakpointCount(prompt)).toBe(count);
  });

  it.each([
    ['labels a lone user message as before', [u1], 0, 'User message'],
    ['numbers messages with their role', [u1, a2], 1, 'Message 2 (assistant)'],
    ['names the tool of a tool result', [u1, { id: 't', role: 'tool', toolCallId: 'x', toolName: 'f', text: '', isError: false }], 1, 'Message 2 (tool result for f)'],
  ] as const)('messageLabel %s', (_name, messages, index, label) => {
    expect(messageLabel(messages, index)).toBe(label);
  });
});

it('treats the system prompt and user and assistant texts as templates, never tool results', () => {
  const tool: PromptMessage = { id: 't', role: 'tool', toolCallId: 'x', toolName: 'f', text: '{{"json"}}', isError: false };
  expect(templateTexts({ system: 'S', messages: [u1, a2, tool] })).toEqual(['S', 'Hi', 'Hello']);
});

describe('thinkingWarning', () => {
  const prompt = { model: 'm1', messages: [u1, a2, u3] };
  it.each([
    [{ kind: 'edit', id: 'a2' }, /^Editing message 2 /],
    [{ kind: 'move', id: 'a2' }, /^Moving message 2 /],
    [{ kind: 'delete', id: 'a2' }, /^Deleting message 2 /],
    [{ kind: 'role', id: 'a2' }, /^Changing the role of message 2 /],
    [{ kind: 'edit', id: 'u1' }, null],
    [{ kind: 'model', model: 'm2' }, /another model/],
    [{ kind: 'model', model: 'm1' }, null],
  ] as const)('%j', (edit, expected) => {
    const warning = thinkingWarning(prompt, edit);
    if (expected === null) expect(warning).toBeNull();
    else expect(warning).toMatch(expected);
  });

  it('says nothing about a model change without thinking blocks', () => {
    expect(thinkingWarning({ model: 'm1', messages: [u1] }, { kind: 'model', model: 'm2' })).toBeNull();
  });
});

describe('migrateV1', () => {
  it('turns the user message into the first message, keeping everything else', () => {
    expect(migrateV1({ model: 'claude-x', system: 'Be brief', user: 'Hello {{a}}', values: { a: '1' } }, 'id1')).toEqual({
      model: 'claude-x',
      system: 'Be brief',
      messages: [{ id: 'id1', role: 'user', text: 'Hello {{a}}', attachments: [] }],
      values: { a: '1' },
    });
  });

  it('fills in what early v1 data lacks', () => {
    expect(migrateV1({ user: 'Hi' }, 'id1')).toEqual({ system: '', messages: [newTurn('id1', 'user', 'Hi')], values: {} });
    expect(migrateV1(null, 'id1')).toEqual({ system: '', messages: [newTurn('id1', 'user')], values: {} });
  });
});
