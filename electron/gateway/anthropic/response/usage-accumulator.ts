import type { ChatUsage } from '../../../../shared/chat/chunk';
import { convertUsage, type AnthropicUsage } from '../convert-usage';

const FIELDS = ['input_tokens', 'output_tokens', 'cache_creation_input_tokens', 'cache_read_input_tokens', 'output_tokens_details'] as const;

/**
 * Usage over a stream: message_start gives the input and cache figures, each
 * message_delta gives cumulative totals, and a field it leaves null keeps its value.
 * https://platform.claude.com/docs/en/build-with-claude/streaming
 */
export class UsageAccumulator {
  private readonly usage: AnthropicUsage = {};

  add(figures: AnthropicUsage): void {
    for (const key of FIELDS) {
      const value = figures[key];
      if (value != null) Object.assign(this.usage, { [key]: value });
    }
  }

  toChatUsage(): ChatUsage {
    return convertUsage(this.usage);
  }
}
