import type { ContentBlock, JsonValue, Message, StreamEvent } from './wire.js';

/**
 * Folds stream events into the Message a non-streaming request returns, so both
 * modes are guaranteed to carry the same content.
 */
export function assembleMessage(events: readonly StreamEvent[]): Message | undefined {
  let message: Message | undefined;
  const toolJson = new Map<number, string>();

  for (const event of events) {
    if (event.type === 'message_start') {
      message = structuredClone(event.message);
      continue;
    }
    if (!message) continue;

    switch (event.type) {
      case 'content_block_start':
        message.content[event.index] = structuredClone(event.content_block);
        break;
      case 'content_block_delta': {
        const block = message.content[event.index];
        if (block) applyDelta(block, event, toolJson);
        break;
      }
      case 'content_block_stop': {
        const block = message.content[event.index];
        const json = toolJson.get(event.index);
        if (block?.type === 'tool_use' && json !== undefined) {
          block.input = json === '' ? {} : (JSON.parse(json) as JsonValue);
        }
        break;
      }
      case 'message_delta':
        message.stop_reason = event.delta.stop_reason;
        message.stop_sequence = event.delta.stop_sequence;
        message.stop_details = event.delta.stop_details;
        message.usage.input_tokens = event.usage.input_tokens;
        message.usage.cache_creation_input_tokens = event.usage.cache_creation_input_tokens;
        message.usage.cache_read_input_tokens = event.usage.cache_read_input_tokens;
        message.usage.output_tokens = event.usage.output_tokens;
        break;
      default:
        break;
    }
  }
  return message;
}

function applyDelta(
  block: ContentBlock,
  event: Extract<StreamEvent, { type: 'content_block_delta' }>,
  toolJson: Map<number, string>,
): void {
  const delta = event.delta;
  if (delta.type === 'text_delta' && block.type === 'text') block.text += delta.text;
  else if (delta.type === 'citations_delta' && block.type === 'text') {
    block.citations = [...(block.citations ?? []), delta.citation];
  } else if (delta.type === 'thinking_delta' && block.type === 'thinking') block.thinking += delta.thinking;
  else if (delta.type === 'signature_delta' && block.type === 'thinking') block.signature = delta.signature;
  else if (delta.type === 'input_json_delta' && block.type === 'tool_use') {
    toolJson.set(event.index, (toolJson.get(event.index) ?? '') + delta.partial_json);
  }
}
