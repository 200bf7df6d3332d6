import type { ChatChunk } from '../../../shared/chat/chunk';

/**
 * Reads a stream until its first batch that carries something (text, thinking,
 * a tool call, a finish), then hands back a stream that replays it all. An
 * upstream error before that point rejects here, while nothing has reached the
 * caller, so it can still be retried and answered as a real HTTP error.
 */
export async function holdUntilContent(batches: AsyncIterable<ChatChunk[]>): Promise<AsyncIterable<ChatChunk[]>> {
  const iterator = batches[Symbol.asyncIterator]();
  const held: ChatChunk[] = [];
  let finished = false;
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done) {
        finished = true;
        break;
      }
      held.push(...next.value);
      if (next.value.some(carriesContent)) break;
    }
  } catch (error) {
    await iterator.return?.();
    throw error;
  }
  return replay(held, finished ? undefined : iterator);
}

function carriesContent(chunk: ChatChunk): boolean {
  if (chunk.usage) return true;
  const choice = chunk.choices[0];
  if (!choice) return false;
  if (choice.finish_reason) return true;
  // The opening chunk is { role, content: "" }; anything else in a delta is content.
  return Object.entries(choice.delta).some(([key, value]) => key !== 'role' && value !== '' && value != null);
}

async function* replay(held: ChatChunk[], rest: AsyncIterator<ChatChunk[]> | undefined): AsyncGenerator<ChatChunk[]> {
  try {
    if (held.length > 0) yield held;
    if (!rest) return;
    for (;;) {
      const next = await rest.next();
      if (next.done) return;
      yield next.value;
    }
  } finally {
    // A consumer that stops early (client gone, Stop) ends the upstream stream too.
    await rest?.return?.();
  }
}
