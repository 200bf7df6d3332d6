import type { ChatCompletionChunk as OpenAIChunk } from 'openai/resources/chat/completions';
import type { CompletionUsage } from 'openai/resources/completions';

/** A signed thinking block, carried back verbatim on the next turn. */
export type ThinkingBlock =
  | { type: 'thinking'; thinking: string; signature: string }
  | { type: 'redacted_thinking'; data: string };

/** OpenAI usage plus Anthropic's prompt-cache figures (see docs/gateway.md). */
export interface ChatUsage extends CompletionUsage {
  cache_creation_input_tokens?: number;
  cache_read_input_tokens?: number;
}

/** OpenAI's streamed delta with Duet's extension fields. */
export interface ChatDelta extends OpenAIChunk.Choice.Delta {
  reasoning_content?: string;
  thinking_blocks?: ThinkingBlock[];
}

export interface ChatChunkChoice extends Omit<OpenAIChunk.Choice, 'delta'> {
  delta: ChatDelta;
}

export interface ChatChunk extends Omit<OpenAIChunk, 'choices' | 'usage'> {
  choices: ChatChunkChoice[];
  usage?: ChatUsage | null;
}
