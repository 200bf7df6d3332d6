import type { RawMessageStreamEvent } from '@anthropic-ai/sdk/resources/messages/messages';
import type { ChatChunk, ChatChunkChoice, ChatDelta, FinishExtensions } from '../../../shared/chat/chunk';
import { GatewayError } from '../errors';
import { ContentBlockTranslator } from './response/content-block-translator';
import { finishDetails } from './response/finish-details';
import { UsageAccumulator } from './response/usage-accumulator';

export interface ChunkContext {
  /** One id, model and created for every chunk of the answer (C2). */
  id: string;
  model: string;
  created: number;
  /** Emit the OpenAI usage chunk (`choices: []`) after the finish chunk. */
  includeUsage: boolean;
  /** The forced tool standing in for response_format: its input is streamed as `content`. */
  jsonTool?: string;
}

/**
 * Anthropic stream events → OpenAI chat.completion.chunk objects.
 * An upstream `error` event surfaces as the SDK's own error, thrown through here
 * untouched. An upstream that ends without `message_stop` is an error too, never a
 * silent success: everything received is yielded, then `stream_interrupted` is
 * thrown and no finish_reason is ever sent (D4).
 * https://platform.claude.com/docs/en/build-with-claude/streaming
 */
export async function* streamToChunks(
  events: AsyncIterable<RawMessageStreamEvent>,
  context: ChunkContext,
): AsyncGenerator<ChatChunk> {
  const blocks = new ContentBlockTranslator(context.jsonTool);
  const usage = new UsageAccumulator();
  const stop = { stopReason: null as string | null, stopSequence: null as string | null };
  let started = false;
  let stopped = false;

  for await (const event of events) {
    if (stopped) continue;
    if (!started) {
      started = true;
      yield chunkOf(context, { role: 'assistant', content: '' });
    }
    switch (event.type) {
      case 'message_start':
        usage.add(event.message.usage);
        break;
      case 'content_block_start':
        for (const delta of blocks.start(event)) yield chunkOf(context, delta);
        break;
      case 'content_block_delta':
        for (const delta of blocks.delta(event)) yield chunkOf(context, delta);
        break;
      case 'content_block_stop':
        for (const delta of blocks.stop(event)) yield chunkOf(context, delta);
        break;
      case 'message_delta':
        // A later message_delta only refines the earlier one; usage figures are cumulative.
        stop.stopReason = event.delta.stop_reason ?? stop.stopReason;
        stop.stopSequence = event.delta.stop_sequence ?? stop.stopSequence;
        usage.add(event.usage);
        break;
      case 'message_stop': {
        stopped = true;
        const { finish_reason, ...extensions } = finishDetails(stop, blocks.clientToolCalls);
        yield chunkOf(context, {}, finish_reason, extensions);
        if (context.includeUsage) yield { ...chunkOf(context, {}), choices: [], usage: usage.toChatUsage() };
        break;
      }
      default:
        // New event types may be added to the API; they carry nothing we translate.
        break;
    }
  }

  if (!stopped) {
    throw new GatewayError('stream_interrupted', 'The answer from Anthropic ended before it was complete.', {
      status: 502,
      retryable: true,
    });
  }
}

function chunkOf(
  context: ChunkContext,
  delta: ChatDelta,
  finishReason: ChatChunkChoice['finish_reason'] = null,
  extensions: FinishExtensions = {},
): ChatChunk {
  return {
    id: context.id,
    object: 'chat.completion.chunk',
    created: context.created,
    model: context.model,
    choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null, ...extensions }],
  };
}
