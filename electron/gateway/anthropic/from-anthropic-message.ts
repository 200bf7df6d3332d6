import type { ContentBlock, Message } from '@anthropic-ai/sdk/resources/messages/messages';
import type {
  AnswerExtensions,
  ChatCitation,
  ChatCompletion,
  ChatCompletionMessage,
  ServerContentBlock,
  ThinkingBlock,
} from '../../../shared/chat/chunk';
import { convertUsage } from './convert-usage';
import { CitationOffsets } from './response/citation-offsets';
import { finishDetails } from './response/finish-details';

export interface CompletionContext {
  id: string;
  model: string;
  created: number;
  /** The forced tool standing in for response_format: its input becomes `content`. */
  jsonTool?: string;
}

type ToolCall = NonNullable<ChatCompletionMessage['tool_calls']>[number];

/**
 * A complete Anthropic Message → an OpenAI chat.completion (spec "Response
 * translation", B1–B3). It says what the stream says: folding the chunks of
 * `streamToChunks` for the same answer gives this object.
 * https://platform.claude.com/docs/en/api/messages
 */
export function fromAnthropicMessage(message: Message, context: CompletionContext): ChatCompletion {
  const parts = collectParts(message.content, context.jsonTool);
  const { finish_reason, ...extensions } = finishDetails(
    { stopReason: message.stop_reason, stopSequence: message.stop_sequence },
    parts.toolCalls.length,
  );
  const chatMessage: ChatCompletionMessage = {
    role: 'assistant',
    // OpenAI's convention: null content when the answer is only tool calls (B1.2).
    content: parts.content === '' && parts.toolCalls.length > 0 ? null : parts.content,
    refusal: null,
    ...(parts.toolCalls.length > 0 ? { tool_calls: parts.toolCalls } : {}),
    ...nonEmpty(parts.extensions),
  };
  return {
    id: context.id,
    object: 'chat.completion',
    created: context.created,
    model: context.model,
    choices: [{ index: 0, message: chatMessage, finish_reason, logprobs: null, ...extensions }],
    usage: convertUsage(message.usage),
  };
}

interface Parts {
  content: string;
  toolCalls: ToolCall[];
  extensions: Required<AnswerExtensions>;
}

/** Walks the blocks in order, so content offsets and block order match the stream's. */
function collectParts(blocks: readonly ContentBlock[], jsonTool: string | undefined): Parts {
  const offsets = new CitationOffsets();
  const thinking: ThinkingBlock[] = [];
  const citations: ChatCitation[] = [];
  const serverBlocks: ServerContentBlock[] = [];
  const toolCalls: ToolCall[] = [];
  let content = '';
  let reasoning = '';
  const append = (text: string) => {
    content += text;
    offsets.advance(text);
  };

  for (const block of blocks) {
    switch (block.type) {
      case 'text':
        offsets.beginBlock(block.citations);
        append(block.text);
        citations.push(...offsets.endBlock());
        break;
      case 'thinking':
        reasoning += block.thinking;
        thinking.push({ type: 'thinking', thinking: block.thinking, signature: block.signature });
        break;
      case 'redacted_thinking':
        thinking.push({ type: 'redacted_thinking', data: block.data });
        break;
      case 'tool_use':
        if (block.name === jsonTool) append(JSON.stringify(block.input ?? {}));
        else toolCalls.push({ id: block.id, type: 'function', function: { name: block.name, arguments: JSON.stringify(block.input ?? {}) } });
        break;
      default:
        serverBlocks.push(block);
        break;
    }
  }
  return {
    content,
    toolCalls,
    extensions: { reasoning_content: reasoning, thinking_blocks: thinking, citations, content_blocks: serverBlocks },
  };
}

/** Extensions appear only when the answer has them. */
function nonEmpty(extensions: Required<AnswerExtensions>): AnswerExtensions {
  return Object.fromEntries(Object.entries(extensions).filter(([, value]) => value.length > 0));
}
