import type { RawMessageStreamEvent } from '@anthropic-ai/sdk/resources/messages/messages';
import { describe, expect, it } from 'vitest';
import type { ChatChunk } from '../../../shared/chat/chunk';
import { GatewayError } from '../errors';
import { streamToChunks } from './stream-to-chunks';

const context = { id: 'chatcmpl-1', model: 'claude-sonnet-5-5', created: 1_700_000_000, includeUsage: true };

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
  ])('maps stop reason %s to %s', async (stopReason, finishReason) => {
    const chunks = await collect([start, ...textBlock('x'), ...end(stopReason)], { ...context, includeUsage: false });
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
});
