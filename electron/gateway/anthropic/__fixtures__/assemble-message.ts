import type { Message, RawMessageStreamEvent } from '@anthropic-ai/sdk/resources/messages/messages';
import { MessageStream } from '@anthropic-ai/sdk/lib/MessageStream';

/**
 * Test support: the Message the SDK's own accumulator builds from stream events, i.e.
 * what a non-streamed request for the same answer returns. Independent of our code.
 */
export async function assembleMessage(events: readonly RawMessageStreamEvent[]): Promise<Message> {
  const encoder = new TextEncoder();
  const lines = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const event of events) controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      controller.close();
    },
  });
  // A plain copy: the accumulator installs lazy getters for tool input.
  return JSON.parse(JSON.stringify(await MessageStream.fromReadableStream(lines).finalMessage())) as Message;
}
