import { describe, expect, it } from 'vitest';
import { UsageAccumulator } from './usage-accumulator';

describe('UsageAccumulator', () => {
  it('takes cumulative message_delta figures over message_start ones, keeping those left null (E50)', () => {
    const usage = new UsageAccumulator();
    usage.add({ input_tokens: 17, output_tokens: 1, cache_creation_input_tokens: null, cache_read_input_tokens: null });
    usage.add({ input_tokens: null, output_tokens: 227, cache_creation_input_tokens: 10, cache_read_input_tokens: 5 });
    expect(usage.toChatUsage()).toEqual({
      prompt_tokens: 32,
      completion_tokens: 227,
      total_tokens: 259,
      prompt_tokens_details: { cached_tokens: 5 },
      cache_creation_input_tokens: 10,
      cache_read_input_tokens: 5,
    });
  });

  it('keeps the thinking-token figure once it was given', () => {
    const usage = new UsageAccumulator();
    usage.add({ input_tokens: 1, output_tokens: 1, output_tokens_details: null });
    usage.add({ output_tokens: 50, output_tokens_details: { thinking_tokens: 40 } });
    usage.add({ output_tokens: 60, output_tokens_details: null });
    expect(usage.toChatUsage().completion_tokens_details).toEqual({ reasoning_tokens: 40 });
  });
});
