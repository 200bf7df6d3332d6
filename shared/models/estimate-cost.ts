import type { CatalogModel } from './catalog';
import type { TokenRates } from './prices';

/**
 * Token counts as the Messages API reports them: the input parts are disjoint, so
 * `inputTokens` is the uncached rest of the prompt (`usage.input_tokens`), not the total.
 * https://platform.claude.com/docs/en/build-with-claude/prompt-caching#tracking-cache-performance
 */
export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  cacheWrite5mTokens?: number;
  cacheWrite1hTokens?: number;
  cacheReadTokens?: number;
}

export interface CostEstimate {
  /** What the request costs, in USD. */
  total: number;
  /** What the same prompt and answer would cost with no caching at all. */
  uncachedTotal: number;
  /** uncachedTotal − total: negative when cache writes cost more than reads saved. */
  saved: number;
}

const PER_MILLION = 1_000_000;

/**
 * Prices one request at the model's list prices (no Batch discount, no regional premium).
 * Takes any catalog model (or anything with its prices): a model outside the catalog has
 * none, and guessing would show a confident wrong figure. Unrounded dollars: the UI
 * decides how many digits to show.
 */
export function estimateCost(model: Pick<CatalogModel, 'prices'>, usage: TokenUsage): CostEstimate {
  const input = count(usage.inputTokens, 'inputTokens');
  const output = count(usage.outputTokens, 'outputTokens');
  const write5m = count(usage.cacheWrite5mTokens ?? 0, 'cacheWrite5mTokens');
  const write1h = count(usage.cacheWrite1hTokens ?? 0, 'cacheWrite1hTokens');
  const read = count(usage.cacheReadTokens ?? 0, 'cacheReadTokens');
  const prompt = input + write5m + write1h + read;
  // The band is chosen by prompt length, cached parts included, so the uncached
  // alternative (same prompt) falls in the same band.
  const rates = ratesFor(model, prompt);

  const total = (input * rates.input + write5m * rates.cacheWrite5m + write1h * rates.cacheWrite1h + read * rates.cacheRead + output * rates.output) / PER_MILLION;
  const uncachedTotal = (prompt * rates.input + output * rates.output) / PER_MILLION;
  return { total, uncachedTotal, saved: uncachedTotal - total };
}

function ratesFor(model: Pick<CatalogModel, 'prices'>, promptTokens: number): TokenRates {
  const { longPrompt } = model.prices;
  return longPrompt && promptTokens > longPrompt.aboveTokens ? longPrompt.rates : model.prices;
}

/** A negative or fractional count is a caller's bug; pricing it would hide that. */
function count(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number of tokens ≥ 0, got ${value}`);
  return value;
}
