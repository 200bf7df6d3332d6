import type { RawMessageStreamEvent } from '@anthropic-ai/sdk/resources/messages/messages';
import { describe, expect, it } from 'vitest';
import type { ChatChunk } from '../../../shared/chat/chunk';
import { GatewayError } from '../errors';
import { streamToChunks, type ChunkContext } from './stream-to-chunks';

const context: ChunkContext = { id: 'chatcmpl-1', model: 'claude-sonnet-5-5', created: 1_700_000_000, includeUsage: true };

async function* replay(events: unknown[]): AsyncGenerator<RawMessageStreamEvent> {
  for (const event of events) yield event as RawMessageStreamEvent;
}

async function collect(events: unknown[], options = context): Promise<ChatChunk[]> {
  const chunks: ChatChunk[] = [];
  for await (const chunk of streamToChunks(replay(events), options)) chunks.push(chunk);
  return chunks;
}

const start = {
  type: 'message_start',
  message: { id: 'msg_1', type: 'message', role: 'assistant', model: 'claude-sonnet-5-5', content: [], stop_reason: null, usage: { input_tokens: 12, output_tokens: 1, cache_read_input_tokens: 100, cache_creation_input_tokens: 20 } },
};
const textBlock = (text: string) => [
  { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
  ...text.split(' ').map((word, i) => ({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: i === 0 ? word : ` ${word}` } })),
  { type: 'content_block_stop', index: 0 },
];
const end = (stopReason: string) => [
  { type: 'message_delta', delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: 7 } },
  { type: 'message_stop' },
];

describe('streamToChunks', () => {
  it('streams text as deltas with one id, a role chunk first, the finish reason and usage last', async () => {
    const chunks = await collect([start, ...textBlock('Hello there friend'), ...end('end_turn')]);
    expect(chunks[0]?.choices[0]?.delta).toEqual({ role: 'assistant', content: '' });
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe('Hello there friend');
    expect(new Set(chunks.map((c) => `${c.id}/${c.created}/${c.model}`))).toEqual(new Set(['chatcmpl-1/1700000000/claude-sonnet-5-5']));
    const finish = chunks.at(-2);
    expect(finish?.choices[0]).toMatchObject({ delta: {}, finish_reason: 'stop' });
    const usage = chunks.at(-1);
    expect(usage?.choices).toEqual([]);
    expect(usage?.usage).toEqual({
      prompt_tokens: 132,
      completion_tokens: 7,
      total_tokens: 139,
      prompt_tokens_details: { cached_tokens: 100 },
      cache_creation_input_tokens: 20,
      cache_read_input_tokens: 100,
    });
  });

  it('omits the usage chunk unless asked', async () => {
    const chunks = await collect([start, ...textBlock('Hi'), ...end('end_turn')], { ...context, includeUsage: false });
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop');
    expect(chunks.some((c) => c.usage)).toBe(false);
  });

  it.each([
    ['max_tokens', 'length'],
    ['tool_use', 'tool_calls'],
    ['refusal', 'content_filter'],
    ['stop_sequence', 'stop'],
    ['pause_turn', 'stop'],
    ['model_context_window_exceeded', 'length'],
    ['end_turn', 'stop'],
  ])('maps stop reason %s to %s', async (stopReason, finishReason) => {
    const tool = [
      { type: 'content_block_start', index: 1, content_block: { type: 'tool_use', id: 'toolu_1', name: 'f', input: {} } },
      { type: 'content_block_stop', index: 1 },
    ];
    const chunks = await collect([start, ...textBlock('x'), ...(stopReason === 'tool_use' ? tool : []), ...end(stopReason)], { ...context, includeUsage: false });
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe(finishReason);
  });

  it('streams thinking as reasoning_content', async () => {
    const chunks = await collect([
      start,
      { type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '', signature: '' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: 'Let me think.' } },
      { type: 'content_block_stop', index: 0 },
      ...end('end_turn'),
    ]);
    expect(chunks.map((c) => c.choices[0]?.delta.reasoning_content ?? '').join('')).toBe('Let me think.');
  });

  it('treats a stream that ends without message_stop as an error, after yielding what came', async () => {
    const seen: string[] = [];
    const run = async () => {
      for await (const chunk of streamToChunks(replay([start, ...textBlock('partial answer')]), context)) {
        seen.push(chunk.choices[0]?.delta.content ?? '');
      }
    };
    await expect(run()).rejects.toMatchObject({ code: 'stream_interrupted' });
    await expect(run()).rejects.toBeInstanceOf(GatewayError);
    expect(seen.join('')).toContain('partial answer');
  });

  it('turns the worked example of the reference (C4) into exactly these deltas', async () => {
    const chunks = await collect([
      { ...start, message: { ...start.message, usage: { input_tokens: 12, cache_read_input_tokens: 100, cache_creation_input_tokens: 0, output_tokens: 1 } } },
      { type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '', signature: '' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: 'Check weather' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'signature_delta', signature: 'SIG' } },
      { type: 'content_block_stop', index: 0 },
      { type: 'content_block_start', index: 1, content_block: { type: 'text', text: '' } },
      { type: 'content_block_delta', index: 1, delta: { type: 'text_delta', text: 'Looking up.' } },
      { type: 'content_block_stop', index: 1 },
      { type: 'content_block_start', index: 2, content_block: { type: 'tool_use', id: 'toolu_A', name: 'get_weather', input: {} } },
      { type: 'content_block_delta', index: 2, delta: { type: 'input_json_delta', partial_json: '{"city":' } },
      { type: 'content_block_delta', index: 2, delta: { type: 'input_json_delta', partial_json: '"Paris"}' } },
      { type: 'content_block_stop', index: 2 },
      { type: 'content_block_start', index: 3, content_block: { type: 'tool_use', id: 'toolu_B', name: 'get_time', input: {} } },
      { type: 'content_block_stop', index: 3 },
      { type: 'message_delta', delta: { stop_reason: 'tool_use', stop_sequence: null }, usage: { output_tokens: 57 } },
      { type: 'message_stop' },
    ]);
    expect(chunks.map((c) => (c.choices[0] ? { delta: c.choices[0].delta, finish: c.choices[0].finish_reason } : { usage: c.usage }))).toEqual([
      { delta: { role: 'assistant', content: '' }, finish: null },
      { delta: { reasoning_content: 'Check weather' }, finish: null },
      { delta: { thinking_blocks: [{ type: 'thinking', thinking: 'Check weather', signature: 'SIG' }] }, finish: null },
      { delta: { content: 'Looking up.' }, finish: null },
      { delta: { tool_calls: [{ index: 0, id: 'toolu_A', type: 'function', function: { name: 'get_weather', arguments: '' } }] }, finish: null },
      { delta: { tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] }, finish: null },
      { delta: { tool_calls: [{ index: 0, function: { arguments: '"Paris"}' } }] }, finish: null },
      { delta: { tool_calls: [{ index: 1, id: 'toolu_B', type: 'function', function: { name: 'get_time', arguments: '' } }] }, finish: null },
      { delta: { tool_calls: [{ index: 1, function: { arguments: '{}' } }] }, finish: null },
      { delta: {}, finish: 'tool_calls' },
      {
        usage: {
          prompt_tokens: 112,
          completion_tokens: 57,
          total_tokens: 169,
          prompt_tokens_details: { cached_tokens: 100 },
          cache_read_input_tokens: 100,
          cache_creation_input_tokens: 0,
        },
      },
    ]);
    expect(chunks.every((c) => c.choices.every((choice) => choice.index === 0))).toBe(true);
  });

  it('never turns server-tool input or result deltas into tool calls (E48)', async () => {
    const chunks = await collect([
      start,
      { type: 'content_block_start', index: 0, content_block: { type: 'server_tool_use', id: 'srvtoolu_1', name: 'web_search', input: {} } },
      { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: '{"query": "test"}' } },
      { type: 'content_block_stop', index: 0 },
      { type: 'content_block_start', index: 1, content_block: { type: 'web_search_tool_result', tool_use_id: 'srvtoolu_1', content: [] } },
      { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '{}' } },
      { type: 'content_block_stop', index: 1 },
      ...textBlock('Done'),
      ...end('end_turn'),
    ]);
    expect(chunks.some((c) => c.choices[0]?.delta.tool_calls)).toBe(false);
    expect(chunks.flatMap((c) => c.choices[0]?.delta.content_blocks ?? [])).toEqual([
      { type: 'server_tool_use', id: 'srvtoolu_1', name: 'web_search', input: { query: 'test' } },
      { type: 'web_search_tool_result', tool_use_id: 'srvtoolu_1', content: [] },
    ]);
  });

  it('finishes with "stop" when stop_reason is tool_use but no client tool call was made', async () => {
    const chunks = await collect([start, ...textBlock('x'), ...end('tool_use')], { ...context, includeUsage: false });
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop');
  });

  it('streams the JSON-mode tool as content, keeps real tools as tool calls, and gives "{}" for an empty input', async () => {
    const jsonTool = (index: number, fragments: string[]) => [
      { type: 'content_block_start', index, content_block: { type: 'tool_use', id: `toolu_json${index}`, name: 'json_response', input: {} } },
      ...fragments.map((partial_json) => ({ type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json } })),
      { type: 'content_block_stop', index },
    ];
    const alone = await collect([start, ...jsonTool(0, ['', '{"a":', '1}']), ...end('tool_use')], { ...context, includeUsage: false, jsonTool: 'json_response' });
    expect(alone.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe('{"a":1}');
    expect(alone.some((c) => c.choices[0]?.delta.tool_calls)).toBe(false);
    expect(alone.at(-1)?.choices[0]?.finish_reason).toBe('stop');

    const empty = await collect([start, ...jsonTool(0, ['']), ...end('tool_use')], { ...context, includeUsage: false, jsonTool: 'json_response' });
    expect(empty.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe('{}');

    const mixed = await collect(
      [
        start,
        ...jsonTool(0, ['{"a":1}']),
        { type: 'content_block_start', index: 1, content_block: { type: 'tool_use', id: 'toolu_real', name: 'get_time', input: {} } },
        { type: 'content_block_stop', index: 1 },
        ...end('tool_use'),
      ],
      { ...context, includeUsage: false, jsonTool: 'json_response' },
    );
    expect(mixed.flatMap((c) => c.choices[0]?.delta.tool_calls ?? []).map((call) => call.index)).toEqual([0, 0]);
    expect(mixed.at(-1)?.choices[0]?.finish_reason).toBe('tool_calls');
  });

  it('keeps an input that arrived whole in content_block_start', async () => {
    const chunks = await collect([
      start,
      { type: 'content_block_start', index: 0, content_block: { type: 'tool_use', id: 'toolu_1', name: 'f', input: { x: 1 } } },
      { type: 'content_block_stop', index: 0 },
      ...end('tool_use'),
    ]);
    expect(chunks.flatMap((c) => c.choices[0]?.delta.tool_calls ?? []).at(-1)).toEqual({ index: 0, function: { arguments: '{"x":1}' } });
  });

  it('puts stop_sequence and the pause_turn flag on the finishing choice only', async () => {
    const stopped = await collect(
      [start, ...textBlock('1 2 3'), { type: 'message_delta', delta: { stop_reason: 'stop_sequence', stop_sequence: 'END' }, usage: { output_tokens: 3 } }, { type: 'message_stop' }],
      { ...context, includeUsage: false },
    );
    expect(stopped.at(-1)?.choices[0]).toMatchObject({ finish_reason: 'stop', stop_sequence: 'END' });
    expect(stopped.slice(0, -1).some((c) => c.choices[0]?.stop_sequence)).toBe(false);

    const paused = await collect([start, ...textBlock('working'), ...end('pause_turn')], { ...context, includeUsage: false });
    expect(paused.at(-1)?.choices[0]).toMatchObject({ finish_reason: 'stop', pause_turn: true });
    const ended = await collect([start, ...textBlock('done'), ...end('end_turn')], { ...context, includeUsage: false });
    expect(ended.at(-1)?.choices[0]).not.toHaveProperty('pause_turn');
    expect(ended.at(-1)?.choices[0]).not.toHaveProperty('stop_sequence');
  });

  it('keeps usage figures a later message_delta leaves null, and reports Anthropic\'s reasoning tokens', async () => {
    const chunks = await collect([
      start,
      ...textBlock('x'),
      { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { input_tokens: null, cache_read_input_tokens: null, cache_creation_input_tokens: null, output_tokens: 30, output_tokens_details: { thinking_tokens: 21 } } },
      { type: 'message_stop' },
    ]);
    expect(chunks.at(-1)?.usage).toMatchObject({ prompt_tokens: 132, completion_tokens: 30, completion_tokens_details: { reasoning_tokens: 21 } });
  });

  it('emits a complete thinking block even when the thinking text is omitted', async () => {
    const chunks = await collect([
      start,
      { type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '', signature: '' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'signature_delta', signature: 'SIG-only' } },
      { type: 'content_block_stop', index: 0 },
      ...end('end_turn'),
    ]);
    expect(chunks.some((c) => c.choices[0]?.delta.reasoning_content !== undefined)).toBe(false);
    expect(chunks.flatMap((c) => c.choices[0]?.delta.thinking_blocks ?? [])).toEqual([{ type: 'thinking', thinking: '', signature: 'SIG-only' }]);
  });

  it('lets an upstream error through after what came before it, with no finish', async () => {
    const failure = new Error('upstream overloaded');
    async function* failing(): AsyncGenerator<RawMessageStreamEvent> {
      yield* replay([start, ...textBlock('half').slice(0, 2)]);
      throw failure;
    }
    const seen: ChatChunk[] = [];
    const run = async () => {
      for await (const chunk of streamToChunks(failing(), context)) seen.push(chunk);
    };
    await expect(run()).rejects.toBe(failure);
    expect(seen.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe('half');
    expect(seen.some((c) => c.choices[0]?.finish_reason || c.usage)).toBe(false);
  });

  it('ignores anything after message_stop and events it does not know', async () => {
    const chunks = await collect([start, { type: 'future_event' }, ...textBlock('ok'), ...end('end_turn'), ...textBlock('late')]);
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe('ok');
    expect(chunks.at(-1)?.usage).toBeDefined();
  });
});
