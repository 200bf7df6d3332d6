import type { ToolResultBlockParam } from '@anthropic-ai/sdk/resources/messages/messages';
import type { ChatMessage } from '../../../../shared/chat/request-schema';
import { convertContentPart, type UserBlock } from './convert-content-part';

type ToolMessage = Extract<ChatMessage, { role: 'tool' }>;

/**
 * An OpenAI `tool` message → one `tool_result` block. String content stays a
 * string; parts are converted like user parts (text, images, documents).
 * `is_error` and message-level `cache_control` are Duet extensions, kept.
 * https://platform.claude.com/docs/en/agents-and-tools/tool-use/handle-tool-calls
 */
export function convertToolMessage(message: ToolMessage, index: number): ToolResultBlockParam {
  const content =
    typeof message.content === 'string'
      ? message.content
      : message.content.flatMap((part, partIndex): UserBlock[] => {
          const block = convertContentPart(part, `messages.${index}.content.${partIndex}`);
          return block ? [block] : [];
        });
  return {
    type: 'tool_result',
    tool_use_id: message.tool_call_id,
    ...(content.length > 0 ? { content } : {}),
    ...(message.is_error ? { is_error: true } : {}),
    ...(message.cache_control ? { cache_control: message.cache_control } : {}),
  };
}
