import type { ContentBlock, Message, StopReason } from '@anthropic-ai/sdk/resources/messages/messages';
import { describe, expect, it } from 'vitest';
import { fromAnthropicMessage } from './from-anthropic-message';

const context = { id: 'chatcmpl-1', model: 'claude-sonnet-5-5', created: 1_700_000_000 };

function message(content: unknown[], extra: Partial<Record<keyof Message, unknown>> = {}): Message {
  return {
    id: 'msg_1',
    type: 'message',
    role: 'assistant',
    model: 'claude-sonnet-5-5',
    content: content as ContentBlock[],
    stop_reason: 'end_turn',
    stop_sequence: null,
    stop_details: null,
    container: null,
    diagnostics: null,
    usage: { input_tokens: 10, output_tokens: 5, cache_creation_input_tokens: null, cache_read_input_tokens: null } as Message['usage'],
    ...extra,
  } as Message;
}

const text = (value: string, citations: unknown[] | null = null) => ({ type: 'text', text: value, citations });
const toolUse = (id: string, name: string, input: unknown) => ({ type: 'tool_use', id, name, input, caller: { type: 'direct' } });

describe('fromAnthropicMessage (B1: envelope and blocks)', () => {
  it('builds a chat.completion with one choice at index 0 and the given id, model and created', () => {
    const completion = fromAnthropicMessage(message([text('Hello '), text('world')]), context);
    expect(completion).toEqual({
      id: 'chatcmpl-1',
      object: 'chat.completion',
      created: 1_700_000_000,
      model: 'claude-sonnet-5-5',
      choices: [{ index: 0, message: { role: 'assistant', content: 'Hello world', refusal: null }, finish_reason: 'stop', logprobs: null }],
      usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15, prompt_tokens_details: { cached_tokens: 0 }, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
    });
  });

  it('gives null content when the answer is only tool calls, "" when it is empty', () => {
    const tools = fromAnthropicMessage(message([toolUse('toolu_1', 'get_time', {})], { stop_reason: 'tool_use' }), context);
    expect(tools.choices[0]?.message.content).toBeNull();
    expect(tools.choices[0]?.message.tool_calls).toEqual([{ id: 'toolu_1', type: 'function', function: { name: 'get_time', arguments: '{}' } }]);
    expect(fromAnthropicMessage(message([]), context).choices[0]?.message.content).toBe('');
  });

  it('maps client tool_use to tool_calls in order, and server-tool blocks to content_blocks verbatim', () => {
    const search = { type: 'server_tool_use', id: 'srvtoolu_01ABC123', name: 'web_search', input: { query: 'q' }, caller: { type: 'direct' } };
    const results = { type: 'web_search_tool_result', tool_use_id: 'srvtoolu_01ABC123', content: [], caller: { type: 'direct' } };
    const completion = fromAnthropicMessage(
      message([search, results, text('Based on my search…'), toolUse('toolu_01XYZ789', 'add_numbers', { a: 5000, b: 100 })], { stop_reason: 'tool_use' }),
      context,
    );
    const choice = completion.choices[0];
    expect(choice?.message.tool_calls).toEqual([{ id: 'toolu_01XYZ789', type: 'function', function: { name: 'add_numbers', arguments: '{"a":5000,"b":100}' } }]);
    expect(choice?.message.content_blocks).toEqual([search, results]);
    expect(choice?.message.content).toBe('Based on my search…');
    expect(choice?.finish_reason).toBe('tool_calls');
  });

  it('exposes thinking as reasoning_content and signed thinking_blocks, redacted ones included', () => {
    const completion = fromAnthropicMessage(
      message([
        { type: 'thinking', thinking: 'I am thinking...', signature: '1234567890' },
        { type: 'redacted_thinking', data: 'EmwKAhgB' },
        { type: 'thinking', thinking: ' More.', signature: 'abc' },
        text('Hello, World!'),
      ]),
      context,
    );
    expect(completion.choices[0]?.message).toMatchObject({
      content: 'Hello, World!',
      reasoning_content: 'I am thinking... More.',
      thinking_blocks: [
        { type: 'thinking', thinking: 'I am thinking...', signature: '1234567890' },
        { type: 'redacted_thinking', data: 'EmwKAhgB' },
        { type: 'thinking', thinking: ' More.', signature: 'abc' },
      ],
    });
  });

  it('leaves out extensions the answer does not have', () => {
    const msg = fromAnthropicMessage(message([text('plain')]), context).choices[0]?.message;
    for (const key of ['reasoning_content', 'thinking_blocks', 'citations', 'content_blocks', 'tool_calls']) expect(msg).not.toHaveProperty(key);
  });

  it('ties each citation to its text block with offsets into content (E39), in UTF-16 units', () => {
    const grass = { type: 'char_location', cited_text: 'The grass is green. ', document_index: 0, document_title: 'My Document', start_char_index: 0, end_char_index: 20, file_id: null };
    const sky = { type: 'page_location', cited_text: 'The sky is blue.', document_index: 1, document_title: 'Sky.pdf', start_page_number: 2, end_page_number: 3, file_id: null };
    const completion = fromAnthropicMessage(
      message([text('According to the documents 👋, '), text('the grass is green', [grass]), text(' and '), text('the sky is blue', [sky]), text('.')]),
      context,
    );
    const { content, citations } = completion.choices[0]?.message ?? {};
    expect(citations).toEqual([
      { start: 31, end: 49, citation: grass },
      { start: 54, end: 69, citation: sky },
    ]);
    expect(citations?.map((c) => content?.slice(c.start, c.end))).toEqual(['the grass is green', 'the sky is blue']);
  });

  it('turns the JSON-mode tool into content and finishes with "stop" (B1.7)', () => {
    const completion = fromAnthropicMessage(message([toolUse('toolu_json', 'json_response', { answer: 'sunny' })], { stop_reason: 'tool_use' }), {
      ...context,
      jsonTool: 'json_response',
    });
    expect(completion.choices[0]).toMatchObject({ message: { content: '{"answer":"sunny"}' }, finish_reason: 'stop' });
    expect(completion.choices[0]?.message).not.toHaveProperty('tool_calls');
  });
});

describe('fromAnthropicMessage (B2: finish_reason and its extensions)', () => {
  it.each<[StopReason, string]>([
    ['end_turn', 'stop'],
    ['stop_sequence', 'stop'],
    ['pause_turn', 'stop'],
    ['max_tokens', 'length'],
    ['model_context_window_exceeded', 'length'],
    ['refusal', 'content_filter'],
  ])('maps %s to %s', (stopReason, finish) => {
    expect(fromAnthropicMessage(message([text('x')], { stop_reason: stopReason }), context).choices[0]?.finish_reason).toBe(finish);
  });

  it('maps tool_use to tool_calls when there are client tool calls', () => {
    const completion = fromAnthropicMessage(message([toolUse('toolu_1', 'f', { a: 1 })], { stop_reason: 'tool_use' }), context);
    expect(completion.choices[0]?.finish_reason).toBe('tool_calls');
  });

  it('adds stop_sequence when one matched and flags pause_turn', () => {
    const stopped = fromAnthropicMessage(message([text('1 2 3')], { stop_reason: 'stop_sequence', stop_sequence: 'END' }), context).choices[0];
    expect(stopped).toMatchObject({ finish_reason: 'stop', stop_sequence: 'END' });
    expect(stopped).not.toHaveProperty('pause_turn');
    const paused = fromAnthropicMessage(message([text('…')], { stop_reason: 'pause_turn' }), context).choices[0];
    expect(paused).toMatchObject({ finish_reason: 'stop', pause_turn: true });
    expect(paused).not.toHaveProperty('stop_sequence');
  });
});

describe('fromAnthropicMessage (B3: usage)', () => {
  const usageOf = (usage: Record<string, unknown>) => fromAnthropicMessage(message([text('x')], { usage }), context).usage;

  it('counts cache writes and reads inside prompt_tokens (E34)', () => {
    expect(usageOf({ input_tokens: 3, cache_creation_input_tokens: 12304, cache_read_input_tokens: 0, output_tokens: 550 })).toEqual({
      prompt_tokens: 12307,
      completion_tokens: 550,
      total_tokens: 12857,
      prompt_tokens_details: { cached_tokens: 0 },
      cache_creation_input_tokens: 12304,
      cache_read_input_tokens: 0,
    });
  });

  it('treats null figures as 0 (E35)', () => {
    expect(usageOf({ input_tokens: 1, cache_creation_input_tokens: 100, cache_read_input_tokens: 200, output_tokens: null })).toMatchObject({
      prompt_tokens: 301,
      completion_tokens: 0,
      total_tokens: 301,
      prompt_tokens_details: { cached_tokens: 200 },
    });
  });

  it('reports reasoning tokens only from Anthropic\'s own figure (E36)', () => {
    expect(usageOf({ input_tokens: 37, output_tokens: 248 })).not.toHaveProperty('completion_tokens_details');
    expect(usageOf({ input_tokens: 37, output_tokens: 248, output_tokens_details: { thinking_tokens: 200 } })).toMatchObject({
      total_tokens: 285,
      completion_tokens_details: { reasoning_tokens: 200 },
    });
  });
});
