import type { ChatChunkChoice, FinishExtensions } from '../../../../shared/chat/chunk';
import { mapStopReason } from '../map-stop-reason';

export interface FinishDetails extends FinishExtensions {
  finish_reason: NonNullable<ChatChunkChoice['finish_reason']>;
}

export interface AnthropicStop {
  stopReason: string | null | undefined;
  stopSequence: string | null | undefined;
}

/**
 * The finish_reason and the choice-level extensions, shared by the stream and the
 * non-streamed answer so both end the same way.
 * https://platform.claude.com/docs/en/build-with-claude/handling-stop-reasons
 */
export function finishDetails(stop: AnthropicStop, clientToolCalls: number): FinishDetails {
  let finish = mapStopReason(stop.stopReason);
  // "tool_calls" with no tool call to run (only the JSON-mode tool, or only server
  // tools) would leave an OpenAI client waiting for calls that never come (B2).
  if (finish === 'tool_calls' && clientToolCalls === 0) finish = 'stop';
  return {
    finish_reason: finish,
    ...(stop.stopSequence != null ? { stop_sequence: stop.stopSequence } : {}),
    ...(stop.stopReason === 'pause_turn' ? { pause_turn: true } : {}),
  };
}
