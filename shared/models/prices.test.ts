import { describe, expect, it } from 'vitest';
import { MODELS, PRICES_CHECKED_ON } from './catalog';
import { PRICES, type TokenRates } from './prices';

/** Cache reads below the usual 0.1× of input, as footnoted on the pricing and prompt-caching pages. */
const CHEAP_READS: Record<string, number> = {
  'claude-fable-5-1': 0.025,
  'claude-fable-5-2': 0.025,
  'claude-opus-5-5': 0.05,
  'claude-sonnet-5-5': 0.05,
};

function expectCacheRule(id: string, rates: TokenRates): void {
  const read = CHEAP_READS[id] ?? 0.1;
  expect([id, rates.cacheWrite5m]).toEqual([id, expect.closeTo(rates.input * 1.25, 10)]);
  expect([id, rates.cacheWrite1h]).toEqual([id, expect.closeTo(rates.input * 2, 10)]);
  expect([id, rates.cacheRead]).toEqual([id, expect.closeTo(rates.input * read, 10)]);
}

describe('model prices', () => {
  it('were checked on the date the catalog says', () => {
    expect(PRICES_CHECKED_ON).toBe('2026-11-22');
  });

  it('price every catalog model, and nothing else', () => {
    expect(Object.keys(PRICES).sort()).toEqual(MODELS.map((model) => model.id).sort());
    for (const model of MODELS) expect(model.prices).toBe(PRICES[model.id as keyof typeof PRICES]);
  });

  it('follow the documented cache multipliers (1.25× / 2× input for writes, 0.1× for reads unless footnoted)', () => {
    for (const model of MODELS) {
      expectCacheRule(model.id, model.prices);
      if (model.prices.longPrompt) expectCacheRule(model.id, model.prices.longPrompt.rates);
      expect(model.prices.output).toBeGreaterThan(model.prices.input);
    }
  });

  it.each([
    ['claude-fable-5-2', 8, 40],
    ['claude-opus-5-5', 4, 20],
    ['claude-sonnet-5-5', 2, 10],
    ['claude-haiku-5-5', 0.1, 0.5],
    ['claude-sonnet-5', 2, 10],
    ['claude-opus-4-1', 15, 75],
  ])('lists %s at $%s in / $%s out per million', (id, input, output) => {
    const prices = MODELS.find((model) => model.id === id)?.prices;
    expect([prices?.input, prices?.output]).toEqual([input, output]);
  });

  it('has a long-prompt band only on Haiku 5.5, above 100,000 tokens at 5× the rates', () => {
    expect(MODELS.filter((model) => model.prices.longPrompt).map((model) => model.id)).toEqual(['claude-haiku-5-5']);
    const haiku = PRICES['claude-haiku-5-5'];
    expect(haiku.longPrompt.aboveTokens).toBe(100_000);
    expect(haiku.longPrompt.rates.input).toBeCloseTo(haiku.input * 5, 10);
    expect(haiku.longPrompt.rates.output).toBeCloseTo(haiku.output * 5, 10);
  });
});
