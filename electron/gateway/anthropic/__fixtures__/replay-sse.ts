import type { RawMessageStreamEvent } from '@anthropic-ai/sdk/resources/messages/messages';
import { Stream } from '@anthropic-ai/sdk/core/streaming';

/**
 * Test support: plays raw SSE bytes through the SDK's own SSE parser, cut into
 * pieces at the given byte offsets, exactly as `messages.create({ stream: true })`
 * would hand them to `streamToChunks`.
 */
export function replaySse(bytes: Uint8Array, cuts: readonly number[] = []): AsyncIterable<RawMessageStreamEvent> {
  const bounds = [0, ...[...cuts].sort((a, b) => a - b), bytes.length];
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i + 1 < bounds.length; i++) {
        const piece = bytes.subarray(bounds[i], bounds[i + 1]);
        if (piece.length > 0) controller.enqueue(piece);
      }
      controller.close();
    },
  });
  const response = new Response(body, { headers: { 'content-type': 'text/event-stream' } });
  return Stream.fromSSEResponse<RawMessageStreamEvent>(response, new AbortController());
}
