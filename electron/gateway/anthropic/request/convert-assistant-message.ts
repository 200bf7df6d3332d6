import type {
  RedactedThinkingBlockParam,
  TextBlockParam,
  TextCitationParam,
  ThinkingBlockParam,
  ToolUseBlockParam,
} from '@anthropic-ai/sdk/resources/messages/messages';
import type { ChatMessage } from '../../../../shared/chat/request-schema';
import { invalidRequest } from '../../errors';

type AssistantMessage = Extract<ChatMessage, { role: 'assistant' }>;
type AssistantPart = Exclude<AssistantMessage['content'], string | null | undefined>[number];
type ToolCall = NonNullable<AssistantMessage['tool_calls']>[number];
type ThinkingBlock = ThinkingBlockParam | RedactedThinkingBlockParam;

export type AssistantBlock = ThinkingBlock | TextBlockParam | ToolUseBlockParam;

/**
 * One OpenAI assistant message → its Anthropic blocks: thinking first (signed,
 * byte-identical, from `content` parts or else `thinking_blocks`), then text,
 * then one `tool_use` per tool call. `reasoning_content` is display text without
 * a signature, so it is never sent back.
 * https://platform.claude.com/docs/en/build-with-claude/extended-thinking#preserving-thinking-blocks
 * https://platform.claude.com/docs/en/agents-and-tools/tool-use/overview
 */
export function convertAssistantMessage(message: AssistantMessage, index: number): AssistantBlock[] {
  const path = `messages.${index}`;
  const parts: AssistantPart[] = typeof message.content === 'string' ? [{ type: 'text', text: message.content }] : (message.content ?? []);
  const thinkingParts = parts.filter((part): part is Extract<AssistantPart, ThinkingBlock> => part.type !== 'text');
  const thinking = (thinkingParts.length > 0 ? thinkingParts : (message.thinking_blocks ?? [])).map(copyThinking);
  const texts = parts.flatMap((part) => (part.type === 'text' ? toText(part) : []));
  const lastText = texts.at(-1);
  // Message-level cache_control marks the last text block, never a tool_use (LiteLLM's rule, reference vector 8).
  if (message.cache_control && lastText && !lastText.cache_control) lastText.cache_control = message.cache_control;
  const toolUses = (message.tool_calls ?? []).map((call, callIndex) => toToolUse(call, `${path}.tool_calls.${callIndex}`));
  return [...thinking, ...texts, ...toolUses];
}

function copyThinking(block: ThinkingBlock): ThinkingBlock {
  return block.type === 'thinking'
    ? { type: 'thinking', thinking: block.thinking, signature: block.signature }
    : { type: 'redacted_thinking', data: block.data };
}

function toText(part: Extract<AssistantPart, { type: 'text' }>): TextBlockParam[] {
  if (part.text.trim() === '') return [];
  return [
    {
      type: 'text',
      text: part.text,
      ...(part.cache_control ? { cache_control: part.cache_control } : {}),
      // Citations from an earlier answer go back as they came; the API validates their shape.
      ...(part.citations && part.citations.length > 0 ? { citations: part.citations as unknown as TextCitationParam[] } : {}),
    },
  ];
}

function toToolUse(call: ToolCall, path: string): ToolUseBlockParam {
  return { type: 'tool_use', id: call.id, name: call.function.name, input: parseArguments(call.function.arguments, `${path}.function.arguments`) };
}

/** `""` means no arguments; anything else must be a JSON object. */
function parseArguments(raw: string, path: string): Record<string, unknown> {
  if (raw.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw invalidRequest(`${path}: the tool call arguments are not valid JSON (${(error as Error).message}).`, path);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw invalidRequest(`${path}: the tool call arguments must be a JSON object.`, path);
  }
  return parsed as Record<string, unknown>;
}
