import type { ChatCompletionChunk } from 'openai/resources/chat/completions';

type FinishReason = NonNullable<ChatCompletionChunk.Choice['finish_reason']>;

/** Anthropic `stop_reason` → OpenAI `finish_reason` (docs/gateway.md, B2). */
export function mapStopReason(stopReason: string | null | undefined): FinishReason {
  switch (stopReason) {
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'tool_use':
      return 'tool_calls';
    case 'refusal':
      return 'content_filter';
    default:
      // end_turn, stop_sequence, pause_turn and anything new all mean "the model stopped".
      return 'stop';
  }
}
