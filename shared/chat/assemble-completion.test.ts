import { describe, expect, it } from 'vitest';
import type { ChatChunk } from './chunk';
import { assembleCompletion } from './assemble-completion';

type Choice = ChatChunk['choices'][number];
const chunk = (delta: Choice['delta'], extra: Partial<Choice> = {}, index = 0): ChatChunk => ({
  id: 'chatcmpl-1',
  object: 'chat.completion.chunk',
  created: 42,
  model: 'claude-x',
  choices: [{ index, delta, finish_reason: null, logprobs: null, ...extra }],
});

describe('assembleCompletion', () => {
  it('joins text and reasoning, and keeps id, model, finish reason and usage', () => {
    const usage = { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 };
    const completion = assembleCompletion([
      chunk({ role: 'assistant', content: '' }),
      chunk({ reasoning_content: 'hm ' }),
      chunk({ reasoning_content: 'ok' }),
      chunk({ content: 'Hel' }),
      chunk({ content: 'lo' }),
      chunk({}, { finish_reason: 'stop', stop_sequence: 'END' }),
      { ...chunk({}), choices: [], usage },
    ]);
    expect(completion).toEqual({
      id: 'chatcmpl-1',
      object: 'chat.completion',
      created: 42,
      model: 'claude-x',
      choices: [
        { index: 0, message: { role: 'assistant', content: 'Hello', refusal: null, reasoning_content: 'hm ok' }, finish_reason: 'stop', logprobs: null, stop_sequence: 'END' },
      ],
      usage,
    });
  });

  it('joins tool-call fragments by index with id and name from the first', () => {
    const completion = assembleCompletion([
      chunk({ tool_calls: [{ index: 1, id: 't2', type: 'function', function: { name: 'b', arguments: '{}' } }] }),
      chunk({ tool_calls: [{ index: 0, id: 't1', type: 'function', function: { name: 'a', arguments: '{"x":' } }] }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: '1}' } }] }),
      chunk({}, { finish_reason: 'tool_calls' }),
    ]);
    expect(completion.choices[0]?.message).toEqual({
      role: 'assistant',
      content: null,
      refusal: null,
      tool_calls: [
        { id: 't1', type: 'function', function: { name: 'a', arguments: '{"x":1}' } },
        { id: 't2', type: 'function', function: { name: 'b', arguments: '{}' } },
      ],
    });
    expect(completion.choices[0]?.finish_reason).toBe('tool_calls');
  });

  it('keeps thinking blocks, citations and pause_turn, and separates choices by index', () => {
    const citation = { start: 0, end: 2, citation: { type: 'char_location', cited_text: 'Hi', document_index: 0, document_title: null, start_char_index: 0, end_char_index: 2, file_id: null } } as const;
    const completion = assembleCompletion([
      chunk({ thinking_blocks: [{ type: 'redacted_thinking', data: 'enc' }] }),
      chunk({ content: 'Hi' }),
      chunk({ citations: [citation] }),
      chunk({ content: 'other' }, {}, 1),
      chunk({}, { finish_reason: 'stop', pause_turn: true }),
    ]);
    expect(completion.choices.map((choice) => choice.message.content)).toEqual(['Hi', 'other']);
    expect(completion.choices[0]).toMatchObject({ pause_turn: true, message: { thinking_blocks: [{ type: 'redacted_thinking', data: 'enc' }], citations: [citation] } });
  });

  it('gives an empty completion for no chunks, and no finish reason for a cut-off stream', () => {
    expect(assembleCompletion([])).toEqual({ id: '', object: 'chat.completion', created: 0, model: '', choices: [] });
    expect(assembleCompletion([chunk({ content: 'Half' })]).choices[0]?.finish_reason).toBeNull();
  });
});
