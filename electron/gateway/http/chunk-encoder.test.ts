import { describe, expect, it } from 'vitest';
import type { ChatChunk } from '../../../shared/chat/chunk';
import { createChunkEncoder } from './chunk-encoder';

const base = { id: 'chatcmpl-"x"', object: 'chat.completion.chunk' as const, created: 1_700_000_000, model: 'claude-sonnet-5-5' };
const text = (content: string): ChatChunk => ({ ...base, choices: [{ index: 0, delta: { content }, finish_reason: null, logprobs: null }] });

describe('createChunkEncoder', () => {
  it.each([
    ['plain text', text('Hello')],
    ['text needing escapes', text('quote " backslash \\ newline \n tab \t emoji 👋 \u2028 \u0000')],
    ['the opening chunk', { ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null, logprobs: null }] } as ChatChunk],
    ['a finish chunk', { ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop', logprobs: null, stop_sequence: 'END' }] } as ChatChunk],
    ['a usage chunk', { ...base, choices: [], usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 } } as ChatChunk],
    ['reasoning', { ...base, choices: [{ index: 0, delta: { reasoning_content: 'hm' }, finish_reason: null, logprobs: null }] } as ChatChunk],
  ])('frames %s exactly as JSON.stringify would', (_name, chunk) => {
    const encode = createChunkEncoder();
    const frame = encode(chunk);
    expect(frame).toBe(`data: ${JSON.stringify(chunk)}\n\n`);
    expect(encode(chunk)).toBe(frame);
  });

  it('rebuilds the envelope when a new answer starts', () => {
    const encode = createChunkEncoder();
    encode(text('a'));
    const other = { ...text('b'), id: 'chatcmpl-2', model: 'claude-opus-5-5' };
    expect(encode(other)).toBe(`data: ${JSON.stringify(other)}\n\n`);
  });
});
