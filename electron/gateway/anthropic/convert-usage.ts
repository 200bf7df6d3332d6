import type { ChatUsage } from '../../../shared/chat/chunk';

/** The Anthropic usage fields the translation reads; every one may be missing or null. */
export interface AnthropicUsage {
  input_tokens?: number | null;
  output_tokens?: number | null;
  cache_creation_input_tokens?: number | null;
  cache_read_input_tokens?: number | null;
  output_tokens_details?: { thinking_tokens?: number | null } | null;
}

/**
 * Anthropic usage → OpenAI usage (B3). Anthropic reports input in three disjoint
 * parts, while OpenAI counts cached tokens inside prompt_tokens, so they are added
 * back. Reasoning tokens come only from Anthropic's own figure, never an estimate:
 * summarised thinking is shorter than what was billed.
 * https://platform.claude.com/docs/en/build-with-claude/prompt-caching
 */
export function convertUsage(usage: AnthropicUsage): ChatUsage {
  const input = usage.input_tokens ?? 0;
  const cacheWrite = usage.cache_creation_input_tokens ?? 0;
  const cacheRead = usage.cache_read_input_tokens ?? 0;
  const output = usage.output_tokens ?? 0;
  const prompt = input + cacheWrite + cacheRead;
  const thinking = usage.output_tokens_details?.thinking_tokens;
  return {
    prompt_tokens: prompt,
    completion_tokens: output,
    total_tokens: prompt + output,
    prompt_tokens_details: { cached_tokens: cacheRead },
    ...(thinking != null ? { completion_tokens_details: { reasoning_tokens: thinking } } : {}),
    cache_creation_input_tokens: cacheWrite,
    cache_read_input_tokens: cacheRead,
  };
}
