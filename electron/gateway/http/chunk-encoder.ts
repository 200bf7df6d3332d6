import type { ChatChunk } from '../../../shared/chat/chunk';

/**
 * Serialises chunks as SSE `data:` frames. Plain text deltas, nearly every chunk
 * of an answer, reuse an envelope built once per answer and only escape the new
 * text: the frame is the same JSON that `JSON.stringify(chunk)` gives.
 */
export function createChunkEncoder(): (chunk: ChatChunk) => string {
  let envelope: { id: string; prefix: string } | undefined;
  return (chunk) => {
    if (!isPlainTextDelta(chunk)) return `data: ${JSON.stringify(chunk)}\n\n`;
    if (envelope?.id !== chunk.id) {
      envelope = {
        id: chunk.id,
        prefix: `data: {"id":${JSON.stringify(chunk.id)},"object":"chat.completion.chunk","created":${chunk.created},"model":${JSON.stringify(chunk.model)},"choices":[{"index":0,"delta":{"content":`,
      };
    }
    return `${envelope.prefix}${JSON.stringify(chunk.choices[0]?.delta.content)}${TEXT_SUFFIX}`;
  };
}

const TEXT_SUFFIX = '},"finish_reason":null,"logprobs":null}]}\n\n';

/** Exactly { id, object, created, model, choices: [{ index: 0, delta: { content }, finish_reason: null, logprobs: null }] }. */
function isPlainTextDelta(chunk: ChatChunk): boolean {
  if (chunk.choices.length !== 1 || Object.keys(chunk).length !== 5) return false;
  const choice = chunk.choices[0];
  if (!choice || choice.index !== 0 || choice.finish_reason !== null || choice.logprobs !== null || Object.keys(choice).length !== 4) return false;
  const keys = Object.keys(choice.delta);
  return keys.length === 1 && keys[0] === 'content' && typeof choice.delta.content === 'string';
}
