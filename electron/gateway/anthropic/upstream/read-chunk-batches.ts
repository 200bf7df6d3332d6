import Anthropic from '@anthropic-ai/sdk';
import type { RawMessageStreamEvent } from '@anthropic-ai/sdk/resources/messages/messages';
import type { ChatChunk } from '../../../../shared/chat/chunk';
import { GatewayError } from '../../errors';
import { mapError } from '../map-error';
import { ChunkTranslator, type ChunkContext } from '../stream-to-chunks';
import { SseDecoder, type SseMessage } from './sse-decoder';

/**
 * Socket bytes → batches of OpenAI chunks: one batch per read, translated
 * synchronously, so a burst of events costs one await and one write downstream.
 * Stopping the iteration destroys the socket, which the upstream sees as a close.
 * `onEvents` (the Inspector) sees each read's raw events before they are translated.
 */
export async function* readChunkBatches(
  body: AsyncIterable<Uint8Array>,
  context: ChunkContext,
  signal?: AbortSignal,
  onEvents?: (events: readonly SseMessage[]) => void,
): AsyncGenerator<ChatChunk[]> {
  const decoder = new SseDecoder();
  const translator = new ChunkTranslator(context);
  try {
    for await (const bytes of body) {
      const messages = decoder.push(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      // The decoded messages are handed over as they are: no copy, and nothing at all without a listener.
      if (onEvents && messages.length > 0) onEvents(messages);
      yield* flush(translate(messages, translator));
    }
    const last = decoder.end();
    if (onEvents && last.length > 0) onEvents(last);
    yield* flush(translate(last, translator));
    translator.end();
  } catch (error) {
    throw toStreamError(error, signal);
  }
}

interface Translated {
  batch: ChatChunk[];
  /** An `event: error` that ended the stream, raised after the chunks before it are passed on. */
  error?: GatewayError;
}

function translate(messages: SseMessage[], translator: ChunkTranslator): Translated {
  const batch: ChatChunk[] = [];
  for (const message of messages) {
    if (message.event === 'ping') continue;
    const payload = JSON.parse(message.data) as unknown;
    if (message.event === 'error') return { batch, error: upstreamError(payload) };
    batch.push(...translator.push(payload as RawMessageStreamEvent));
  }
  return { batch };
}

function* flush({ batch, error }: Translated): Generator<ChatChunk[]> {
  if (batch.length > 0) yield batch;
  if (error) throw error;
}

/** An `event: error` frame: the same mapping as an error status, by its error type. */
function upstreamError(payload: unknown): GatewayError {
  const type = (payload as { error?: { type?: string } } | null)?.error?.type;
  return mapError(new Anthropic.APIError(undefined, payload as object, undefined, undefined, (type ?? null) as never));
}

function toStreamError(error: unknown, signal: AbortSignal | undefined): GatewayError {
  if (signal?.aborted) return new GatewayError('cancelled', 'The run was stopped.', { status: 499 });
  if (error instanceof GatewayError) return error;
  if (error instanceof SyntaxError) return new GatewayError('upstream_error', `Anthropic sent an event that is not valid JSON: ${error.message}`, { status: 502 });
  const reason = error instanceof Error ? error.message : String(error);
  return new GatewayError('stream_interrupted', `The connection to Anthropic broke during the answer (${reason}).`, { status: 502, retryable: true });
}
