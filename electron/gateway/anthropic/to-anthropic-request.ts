import type {
  MessageCreateParamsNonStreaming,
  MessageParam,
  TextBlockParam,
} from '@anthropic-ai/sdk/resources/messages/messages';
import type { ChatMessage, ChatRequest } from '../../../shared/chat/request-schema';
import { FALLBACK_MAX_TOKENS, findModel } from '../../../shared/models/catalog';
import { invalidRequest } from '../errors';

/** The Messages API body (without `stream`, which the caller sets) and what was dropped on the way. */
export interface TranslatedRequest {
  body: Omit<MessageCreateParamsNonStreaming, 'stream'>;
  warnings: string[];
}

/**
 * OpenAI Chat Completions request → Anthropic Messages request. Pure: the same
 * input always gives the same body, so request snapshots stay stable.
 * https://platform.claude.com/docs/en/api/messages
 */
export function toAnthropicRequest(request: ChatRequest): TranslatedRequest {
  const warnings: string[] = [];
  const model = request.model.replace(/^anthropic\//, '');
  const system = toSystem(request.messages);
  const messages = toMessages(request.messages);
  if (messages.length === 0) throw invalidRequest('messages must contain at least one user or assistant message', 'messages');

  const body: TranslatedRequest['body'] = {
    model,
    max_tokens: resolveMaxTokens(request, model, warnings),
    messages,
  };
  if (system.length > 0) body.system = system;
  dropSamplingParams(request, warnings);
  const stops = toStopSequences(request.stop);
  if (stops.length > 0) body.stop_sequences = stops;
  if (request.user) body.metadata = { user_id: request.user };
  return { body, warnings };
}

/** System and developer messages become one `system` array; empty text is never sent (A1–A4). */
function toSystem(messages: ChatMessage[]): TextBlockParam[] {
  const blocks: TextBlockParam[] = [];
  for (const message of messages) {
    if (message.role !== 'system' && message.role !== 'developer') continue;
    const parts = typeof message.content === 'string' ? [{ type: 'text' as const, text: message.content }] : message.content;
    for (const part of parts) {
      if (part.text.trim() === '') continue;
      blocks.push(part.cache_control ? { type: 'text', text: part.text, cache_control: part.cache_control } : { type: 'text', text: part.text });
    }
  }
  return blocks;
}

/** User and assistant turns, with consecutive same-role turns merged (A5). */
function toMessages(messages: ChatMessage[]): MessageParam[] {
  const out: MessageParam[] = [];
  messages.forEach((message, index) => {
    if (message.role === 'system' || message.role === 'developer') return;
    if (message.role === 'tool') throw invalidRequest('tool messages are not supported yet', `messages.${index}`);
    const role = message.role;
    const blocks = toTextBlocks(message, index);
    if (blocks.length === 0) return;
    const previous = out.at(-1);
    if (previous && previous.role === role && Array.isArray(previous.content)) {
      previous.content.push(...blocks);
    } else {
      out.push({ role, content: blocks });
    }
  });
  return out;
}

function toTextBlocks(message: ChatMessage, index: number): TextBlockParam[] {
  if (message.role === 'system' || message.role === 'developer' || message.role === 'tool') return [];
  const content = message.content;
  if (content == null) return [];
  if (typeof content === 'string') return content === '' ? [] : [{ type: 'text', text: content }];
  return content.map((part, partIndex) => {
    if (part.type !== 'text') {
      throw invalidRequest(`content part type "${part.type}" is not supported yet`, `messages.${index}.content.${partIndex}.type`);
    }
    return part.cache_control ? { type: 'text', text: part.text, cache_control: part.cache_control } : { type: 'text', text: part.text };
  });
}

/** `max_completion_tokens` wins; default from the catalog; clamped to the model's maximum (A25). */
function resolveMaxTokens(request: ChatRequest, model: string, warnings: string[]): number {
  const info = findModel(model);
  const asked = request.max_completion_tokens ?? request.max_tokens;
  if (asked == null) return Math.min(FALLBACK_MAX_TOKENS, info?.maxOutputTokens ?? FALLBACK_MAX_TOKENS);
  if (info && asked > info.maxOutputTokens) {
    warnings.push(`max_tokens ${asked} is above ${model}'s maximum; sent ${info.maxOutputTokens}.`);
    return info.maxOutputTokens;
  }
  return asked;
}

/**
 * The Messages API version the SDK speaks (2026-10-21) rejects temperature, top_p
 * and top_k on every model, so they are dropped and reported rather than sent.
 */
function dropSamplingParams(request: ChatRequest, warnings: string[]): void {
  for (const name of ['temperature', 'top_p', 'top_k'] as const) {
    if (request[name] != null) warnings.push(`${name} was dropped: the Messages API no longer accepts sampling parameters.`);
  }
}

function toStopSequences(stop: ChatRequest['stop']): string[] {
  if (stop == null) return [];
  return (Array.isArray(stop) ? stop : [stop]).filter((sequence) => sequence.trim() !== '');
}
