import type { RawMessageStreamEvent } from '@anthropic-ai/sdk/resources/messages/messages';
import type { ChatChunk, ChatDelta, ChatUsage } from '../../../shared/chat/chunk';
import { GatewayError } from '../errors';
import { convertUsage, type AnthropicUsage } from './convert-usage';
import { mapStopReason } from './map-stop-reason';

export interface ChunkContext {
  /** One id, model and created for every chunk of the answer (C2). */
  id: string;
  model: string;
  created: number;
  /** Emit the OpenAI usage chunk (`choices: []`) before the end. */
  includeUsage: boolean;
}

/**
 * Anthropic stream events → OpenAI chat.completion.chunk objects.
 * An upstream that ends without `message_stop` is an error, never a silent success (D4).
 * https://platform.claude.com/docs/en/build-with-claude/streaming
 */
export async function* streamToChunks(
  events: AsyncIterable<RawMessageStreamEvent>,
  context: ChunkContext,
): AsyncGenerator<ChatChunk> {
  const usage: AnthropicUsage = {};
  let stopReason: string | null = null;
  let stopped = false;

  const chunk = (delta: ChatDelta, finishReason: ChatChunk['choices'][number]['finish_reason'] = null): ChatChunk => ({
    id: context.id,
    object: 'chat.completion.chunk',
    created: context.created,
    model: context.model,
    choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }],
  });

  for await (const event of events) {
    switch (event.type) {
      case 'message_start':
        Object.assign(usage, event.message.usage);
        yield chunk({ role: 'assistant', content: '' });
        break;
      case 'content_block_delta':
        if (event.delta.type === 'text_delta') yield chunk({ content: event.delta.text });
        else if (event.delta.type === 'thinking_delta') yield chunk({ reasoning_content: event.delta.thinking });
        break;
      case 'message_delta':
        stopReason = event.delta.stop_reason ?? stopReason;
        mergeUsage(usage, event.usage);
        break;
      case 'message_stop':
        stopped = true;
        break;
      default:
        break;
    }
  }

  if (!stopped) {
    throw new GatewayError('stream_interrupted', 'The answer from Anthropic ended before it was complete.', {
      status: 502,
      retryable: true,
    });
  }
  yield chunk({}, mapStopReason(stopReason));
  if (context.includeUsage) yield { ...chunk({}), choices: [], usage: convertUsage(usage) satisfies ChatUsage };
}

/** message_delta usage is cumulative; only the fields it carries replace ours. */
function mergeUsage(into: AnthropicUsage, from: AnthropicUsage): void {
  for (const key of ['input_tokens', 'output_tokens', 'cache_creation_input_tokens', 'cache_read_input_tokens'] as const) {
    const value = from[key];
    if (value != null) into[key] = value;
  }
}
