/**
 * List prices of the catalog's models, in USD per million tokens, on the Claude API
 * (no Batch discount, no `inference_geo` premium, no fast mode).
 *
 * Sources, read on PRICES_CHECKED_ON:
 * - the pricing table, https://platform.claude.com/docs/en/about-claude/pricing#model-pricing
 * - each model's page, https://platform.claude.com/docs/en/models/<model>/overview ("Pricing")
 * - the cache multipliers, https://platform.claude.com/docs/en/build-with-claude/prompt-caching#pricing:
 *   5-minute writes cost 1.25× base input, 1-hour writes 2×, reads 0.1×, with footnoted
 *   exceptions for reads: 0.025× on Fable 5.1 (and, by its listed price, Fable 5.2) and
 *   0.05× on Opus 5.5 and Sonnet 5.5. prices.test.ts checks every row against that rule,
 *   so a typo in one column shows up.
 */
export const PRICES_CHECKED_ON = '2026-11-22';

/** USD per million tokens. */
export interface TokenRates {
  input: number;
  output: number;
  /** Writing a prompt prefix to the 5-minute cache (the default TTL). */
  cacheWrite5m: number;
  /** Writing a prompt prefix to the 1-hour cache (`cache_control.ttl: "1h"`). */
  cacheWrite1h: number;
  /** Cache hits and refreshes. */
  cacheRead: number;
}

export interface ModelPrices extends TokenRates {
  /**
   * A higher band for long prompts (Haiku 5.5 only): a request whose prompt — input plus
   * cache writes plus cache reads — is over `aboveTokens` pays `rates` on every token,
   * output included. Each request is priced on its own.
   */
  longPrompt?: { aboveTokens: number; rates: TokenRates };
}

const rates = (input: number, cacheWrite5m: number, cacheWrite1h: number, cacheRead: number, output: number): TokenRates => ({
  input,
  output,
  cacheWrite5m,
  cacheWrite1h,
  cacheRead,
});

/** Keyed by catalog id; the catalog cannot list a model without a row here (it would not compile). */
export const PRICES = {
  // Sonnet 5.5 page: $2 / $2.50 / $4 / $10. Its cache read was cut from $0.20 to $0.10 on
  // 2026-10-07 (0.05×, the footnoted exception on the prompt-caching and pricing pages).
  'claude-sonnet-5-5': rates(2, 2.5, 4, 0.1, 10),
  // Opus 5.5 page: $4 / $5 / $8 / $0.20 (0.05×, footnoted) / $20.
  'claude-opus-5-5': rates(4, 5, 8, 0.2, 20),
  // Models overview: $8 input / $40 output. The cache columns follow the documented rule
  // (1.25×, 2×) and the Fable 5.1 read rate (0.025×); no stored copy of the Fable 5.2 page
  // was readable, so these three figures were matched against the pricing table as quoted
  // by two price trackers, not read on Anthropic's page itself.
  'claude-fable-5-2': rates(8, 10, 16, 0.2, 40),
  // Haiku 5.5 page: "for prompts up to 100,000 tokens" / "over 100,000 tokens".
  'claude-haiku-5-5': {
    ...rates(0.1, 0.125, 0.2, 0.01, 0.5),
    longPrompt: { aboveTokens: 100_000, rates: rates(0.5, 0.625, 1, 0.05, 2.5) },
  },
  // Pricing table: Fable 5.1 reads are $0.25 (0.025×, footnote 1); Fable 5 keeps 0.1×.
  'claude-fable-5-1': rates(10, 12.5, 20, 0.25, 50),
  'claude-fable-5': rates(10, 12.5, 20, 1, 50),
  'claude-opus-5': rates(5, 6.25, 10, 0.5, 25),
  // Sonnet 5 page: the increase to $3 / $15 planned for 2026-09-01 was called off.
  'claude-sonnet-5': rates(2, 2.5, 4, 0.2, 10),
  'claude-opus-4-8': rates(5, 6.25, 10, 0.5, 25),
  'claude-opus-4-7': rates(5, 6.25, 10, 0.5, 25),
  'claude-opus-4-6': rates(5, 6.25, 10, 0.5, 25),
  'claude-sonnet-4-6': rates(3, 3.75, 6, 0.3, 15),
  'claude-opus-4-5': rates(5, 6.25, 10, 0.5, 25),
  'claude-haiku-4-5': rates(1, 1.25, 2, 0.1, 5),
  'claude-sonnet-4-5': rates(3, 3.75, 6, 0.3, 15),
  'claude-opus-4-1': rates(15, 18.75, 30, 1.5, 75),
} as const satisfies Record<string, ModelPrices>;

export type PricedModelId = keyof typeof PRICES;
