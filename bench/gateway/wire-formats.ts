/**
 * The two request/response dialects in the benchmark: Anthropic Messages (the fake
 * upstream, called directly) and OpenAI Chat Completions (both gateways).
 */
import { promptFor, type AnswerSpec } from './answer-spec.js';

export type WireFormat = 'anthropic' | 'openai';

export const BENCH_MODEL = 'claude-sonnet-5-5';
const MAX_TOKENS = 4096;

export function requestPath(format: WireFormat): string {
  return format === 'anthropic' ? '/v1/messages' : '/v1/chat/completions';
}

export function requestBody(format: WireFormat, spec: AnswerSpec, stream: boolean): string {
  const messages = [{ role: 'user', content: promptFor(spec) }];
  return JSON.stringify({ model: BENCH_MODEL, max_tokens: MAX_TOKENS, stream, messages });
}

/** The text carried by one parsed SSE `data:` payload ('' when it carries none). */
export function streamEventText(format: WireFormat, event: unknown): string {
  if (format === 'anthropic') {
    const e = event as { type?: string; delta?: { type?: string; text?: unknown } };
    return e.type === 'content_block_delta' && e.delta?.type === 'text_delta' && typeof e.delta.text === 'string' ? e.delta.text : '';
  }
  const content = (event as { choices?: { delta?: { content?: unknown } }[] }).choices?.[0]?.delta?.content;
  return typeof content === 'string' ? content : '';
}

/** The answer text of a whole (non-stream) response body. */
export function wholeResponseText(format: WireFormat, body: unknown): string {
  if (format === 'anthropic') {
    const content = (body as { content?: { type?: string; text?: unknown }[] }).content ?? [];
    return content.map((block) => (block.type === 'text' && typeof block.text === 'string' ? block.text : '')).join('');
  }
  const content = (body as { choices?: { message?: { content?: unknown } }[] }).choices?.[0]?.message?.content;
  return typeof content === 'string' ? content : '';
}
