import type { ContentBlock, TextCitation } from '@anthropic-ai/sdk/resources/messages/messages';
import type {
  ChatCompletion as OpenAICompletion,
  ChatCompletionChunk as OpenAIChunk,
  ChatCompletionMessage as OpenAIMessage,
} from 'openai/resources/chat/completions';
import type { CompletionUsage } from 'openai/resources/completions';

/**
 * OpenAI Chat Completions types with Duet's Anthropic extensions (docs: spec/gateway.md,
 * "Response translation" and "Streaming"). Every extension is additive, so a plain
 * OpenAI client ignores it.
 */

/** A signed thinking block, carried back verbatim on the next turn. */
export type ThinkingBlock =
  | { type: 'thinking'; thinking: string; signature: string }
  | { type: 'redacted_thinking'; data: string };

/**
 * One Anthropic citation tied to the answer text it supports.
 * `start`/`end` are offsets into the message's concatenated `content` (JavaScript
 * string indices, i.e. UTF-16 code units, end exclusive): `content.slice(start, end)`
 * is the text block the citation is attached to.
 * https://platform.claude.com/docs/en/build-with-claude/citations
 */
export interface ChatCitation {
  start: number;
  end: number;
  citation: TextCitation;
}

/**
 * A raw Anthropic block that has no OpenAI counterpart, passed on verbatim so it can
 * be sent back: server-tool calls and results (web search, web fetch, code execution…).
 */
export type ServerContentBlock = Exclude<ContentBlock, { type: 'text' | 'thinking' | 'redacted_thinking' | 'tool_use' }>;

/** OpenAI usage plus Anthropic's prompt-cache figures (see spec/gateway.md, B3). */
export interface ChatUsage extends CompletionUsage {
  cache_creation_input_tokens?: number;
  cache_read_input_tokens?: number;
  /** `reasoning_tokens` only when Anthropic reported its own thinking figure. */
  completion_tokens_details?: CompletionUsage.CompletionTokensDetails;
}

/** The extension fields a streamed delta and a final message share. */
export interface AnswerExtensions {
  /** Thinking text (streamed as it comes). */
  reasoning_content?: string;
  /** Complete signed thinking blocks; streamed once per block, at its end. */
  thinking_blocks?: ThinkingBlock[];
  /** Citations with offsets into `content`; streamed once per cited text block, at its end. */
  citations?: ChatCitation[];
  /** Server-tool blocks, verbatim; streamed once per block, when complete. */
  content_blocks?: ServerContentBlock[];
}

/** How the answer ended beyond OpenAI's finish_reason (extensions on the choice). */
export interface FinishExtensions {
  /** The custom stop sequence that ended the answer. */
  stop_sequence?: string;
  /**
   * Anthropic paused a long-running turn (`stop_reason: "pause_turn"`); finish_reason is
   * "stop" but the answer is incomplete: send it back as the assistant turn to continue.
   * https://platform.claude.com/docs/en/build-with-claude/handling-stop-reasons
   */
  pause_turn?: boolean;
}

/** OpenAI's streamed delta with Duet's extension fields. */
export interface ChatDelta extends OpenAIChunk.Choice.Delta, AnswerExtensions {}

export interface ChatChunkChoice extends Omit<OpenAIChunk.Choice, 'delta'>, FinishExtensions {
  delta: ChatDelta;
}

export interface ChatChunk extends Omit<OpenAIChunk, 'choices' | 'usage'> {
  choices: ChatChunkChoice[];
  usage?: ChatUsage | null;
}

/** The assistant message of a non-streamed answer, with the same extensions as the stream. */
export interface ChatCompletionMessage extends OpenAIMessage, AnswerExtensions {}

export interface ChatCompletionChoice extends Omit<OpenAICompletion.Choice, 'message'>, FinishExtensions {
  message: ChatCompletionMessage;
}

/** OpenAI's `chat.completion` with Duet's extensions. */
export interface ChatCompletion extends Omit<OpenAICompletion, 'choices' | 'usage'> {
  choices: ChatCompletionChoice[];
  usage?: ChatUsage;
}
