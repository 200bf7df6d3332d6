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
  const translator = new ChunkTranslator(context);
  for await (const event of events) yield* translator.push(event);
  translator.end();
}

/**
 * The synchronous heart of `streamToChunks`: one event in, the chunks it makes out.
 * The HTTP hot path feeds it straight from the socket, without async layers.
 */
export class ChunkTranslator {
  private readonly blocks: ContentBlockTranslator;
  private readonly usage = new UsageAccumulator();
  private readonly stop = { stopReason: null as string | null, stopSequence: null as string | null };
  private started = false;
  private stopped = false;

  constructor(private readonly context: ChunkContext) {
    this.blocks = new ContentBlockTranslator(context.jsonTool);
  }

  push(event: RawMessageStreamEvent): ChatChunk[] {
    if (this.stopped) return [];
    const out: ChatChunk[] = [];
    if (!this.started) {
      this.started = true;
      out.push(chunkOf(this.context, { role: 'assistant', content: '' }));
    }
    switch (event.type) {
      case 'message_start':
        this.usage.add(event.message.usage);
        break;
      case 'content_block_start':
        for (const delta of this.blocks.start(event)) out.push(chunkOf(this.context, delta));
        break;
      case 'content_block_delta':
        for (const delta of this.blocks.delta(event)) out.push(chunkOf(this.context, delta));
        break;
      case 'content_block_stop':
        for (const delta of this.blocks.stop(event)) out.push(chunkOf(this.context, delta));
        break;
      case 'message_delta':
        // A later message_delta only refines the earlier one; usage figures are cumulative.
        this.stop.stopReason = event.delta.stop_reason ?? this.stop.stopReason;
        this.stop.stopSequence = event.delta.stop_sequence ?? this.stop.stopSequence;
        this.usage.add(event.usage);
        break;
      case 'message_stop': {
        this.stopped = true;
        const { finish_reason, ...extensions } = finishDetails(this.stop, this.blocks.clientToolCalls);
        out.push(chunkOf(this.context, {}, finish_reason, extensions));
        if (this.context.includeUsage) out.push({ ...chunkOf(this.context, {}), choices: [], usage: this.usage.toChatUsage() });
        break;
      }
      default:
        // New event types may be added to the API; they carry nothing we translate.
        break;
    }
    return out;
  }

  /** Call when the upstream ends: without `message_stop` the answer is incomplete (D4). */
  end(): void {
    if (!this.stopped) {
      throw new GatewayError('stream_interrupted', 'The answer from Anthropic ended before it was complete.', {
        status: 502,
        retryable: true,
      });
    }
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
