import type { ChatCompletionChunk } from 'openai/resources/chat/completions';

type FinishReason = NonNullable<ChatCompletionChunk.Choice['finish_reason']>;

/**
 * Anthropic `stop_reason` → OpenAI `finish_reason` (spec/gateway.md, B2).
 * https://platform.claude.com/docs/en/build-with-claude/handling-stop-reasons
 */
export function mapStopReason(stopReason: string | null | undefined): FinishReason {
  switch (stopReason) {
    case 'max_tokens':
    case 'model_context_window_exceeded':
      // Both mean the answer was cut short by a token limit.
      return 'length';
    case 'tool_use':
      return 'tool_calls';
    case 'refusal':
      return 'content_filter';
    default:
      // end_turn, stop_sequence, pause_turn (flagged separately) and anything new all mean "the model stopped".
      return 'stop';
  }
}
