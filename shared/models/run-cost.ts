import type { ChatUsage } from '../chat/chunk';
import { findModel } from './catalog';
import { estimateCost, type CostEstimate } from './estimate-cost';

/**
 * The run's cost at the catalog's list prices, or undefined when the model is not in the
 * catalog (no guessed prices). The gateway reports `prompt_tokens` with cache parts included
 * and the cache writes as one figure without their TTL split, so writes are priced at the
 * 5-minute rate (the default TTL); 1-hour writes cost more than shown.
 */
export function runCost(model: string | undefined, usage: ChatUsage | undefined): CostEstimate | undefined {
  if (!model || !usage) return undefined;
  const known = findModel(model);
  if (!known) return undefined;
  const written = usage.cache_creation_input_tokens ?? 0;
  const read = usage.cache_read_input_tokens ?? usage.prompt_tokens_details?.cached_tokens ?? 0;
  const inputTokens = Math.max(0, usage.prompt_tokens - written - read);
  return estimateCost(known, { inputTokens, outputTokens: usage.completion_tokens, cacheWrite5mTokens: written, cacheReadTokens: read });
}

/** Rough thinking-token estimate from text length (about 4 characters per token in English). */
export function estimateTokens(text: string): number {
  return Math.max(1, Math.round(text.length / 4));
}
