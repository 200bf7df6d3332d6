import { describe, expect, it } from 'vitest';
import { convertUsage } from './convert-usage';

describe('convertUsage (B3)', () => {
  it('adds cache writes and reads to prompt_tokens and totals prompt + completion (E37)', () => {
    expect(convertUsage({ input_tokens: 10, output_tokens: 20, cache_creation_input_tokens: 5, cache_read_input_tokens: 3 })).toEqual({
      prompt_tokens: 18,
      completion_tokens: 20,
      total_tokens: 38,
      prompt_tokens_details: { cached_tokens: 3 },
      cache_creation_input_tokens: 5,
      cache_read_input_tokens: 3,
    });
  });

  it('treats missing and null figures as 0', () => {
    expect(convertUsage({})).toMatchObject({ prompt_tokens: 0, completion_tokens: 0, total_tokens: 0, cache_read_input_tokens: 0 });
    expect(convertUsage({ input_tokens: null, output_tokens: 43 })).toMatchObject({ prompt_tokens: 0, completion_tokens: 43, total_tokens: 43 });
  });

  it('gives reasoning_tokens from output_tokens_details.thinking_tokens, and nothing when absent', () => {
    expect(convertUsage({ input_tokens: 1, output_tokens: 9, output_tokens_details: { thinking_tokens: 7 } }).completion_tokens_details).toEqual({ reasoning_tokens: 7 });
    expect(convertUsage({ input_tokens: 1, output_tokens: 9, output_tokens_details: null })).not.toHaveProperty('completion_tokens_details');
  });
});
