import { describe, expect, it } from 'vitest';
import { type CatalogModel, findModel } from './catalog';
import { estimateCost, type TokenUsage } from './estimate-cost';

function model(id: string): CatalogModel {
  const found = findModel(id);
  if (!found) throw new Error(`no catalog model ${id}`);
  return found;
}

// Figures worked by hand: tokens × $ per million ÷ 1,000,000.
describe('estimateCost', () => {
  it.each<[string, string, TokenUsage, { total: number; uncachedTotal: number; saved: number }]>([
    [
      // 1,000 × $3 + 500 × $15 = $0.003 + $0.0075
      'no caching: nothing saved',
      'claude-sonnet-4-5',
      { inputTokens: 1_000, outputTokens: 500 },
      { total: 0.0105, uncachedTotal: 0.0105, saved: 0 },
    ],
    [
      // 3,000 × $4 + 120,000 × $0.20 + 10,000 × $8 + 2,000 × $20 = $0.012 + $0.024 + $0.08 + $0.04;
      // uncached: 133,000 × $4 + 2,000 × $20 = $0.532 + $0.04
      'a warm cache: reads at 0.05× (Opus 5.5) and a 1-hour write',
      'claude-opus-5-5',
      { inputTokens: 3_000, outputTokens: 2_000, cacheReadTokens: 120_000, cacheWrite1hTokens: 10_000 },
      { total: 0.156, uncachedTotal: 0.572, saved: 0.416 },
    ],
    [
      // 100 × $2 + 10,000 × $2.50 + 200 × $10 = $0.0002 + $0.025 + $0.002;
      // uncached: 10,100 × $2 + 200 × $10 = $0.0202 + $0.002
      'a first write that is never read: saved is negative',
      'claude-sonnet-5-5',
      { inputTokens: 100, outputTokens: 200, cacheWrite5mTokens: 10_000 },
      { total: 0.0272, uncachedTotal: 0.0222, saved: -0.005 },
    ],
    [
      // 500 × $15 + 2,000 × $18.75 + 4,000 × $30 + 100 × $75 = $0.0075 + $0.0375 + $0.12 + $0.0075;
      // uncached: 6,500 × $15 + 100 × $75 = $0.0975 + $0.0075
      'both write TTLs in one request',
      'claude-opus-4-1',
      { inputTokens: 500, outputTokens: 100, cacheWrite5mTokens: 2_000, cacheWrite1hTokens: 4_000 },
      { total: 0.1725, uncachedTotal: 0.105, saved: -0.0675 },
    ],
    [
      // 1,000,000 × $0.25 (0.025×); uncached 1,000,000 × $10
      'Fable 5.1 cache reads at 0.025×',
      'claude-fable-5-1',
      { inputTokens: 0, outputTokens: 0, cacheReadTokens: 1_000_000 },
      { total: 0.25, uncachedTotal: 10, saved: 9.75 },
    ],
    [
      // exactly 100,000 prompt tokens stays in the lower band: 100,000 × $0.10 + 1,000 × $0.50
      'Haiku 5.5 at 100,000 prompt tokens: lower band',
      'claude-haiku-5-5',
      { inputTokens: 100_000, outputTokens: 1_000 },
      { total: 0.0105, uncachedTotal: 0.0105, saved: 0 },
    ],
    [
      // 1 + 100,000 cached = 100,001 prompt tokens, so every token pays the upper band:
      // 1 × $0.50 + 100,000 × $0.05 + 1,000 × $2.50 = $0.0000005 + $0.005 + $0.0025;
      // uncached: 100,001 × $0.50 + 1,000 × $2.50 = $0.0500005 + $0.0025
      'Haiku 5.5 over 100,000 prompt tokens, cache reads included: upper band, output too',
      'claude-haiku-5-5',
      { inputTokens: 1, outputTokens: 1_000, cacheReadTokens: 100_000 },
      { total: 0.0075005, uncachedTotal: 0.0525005, saved: 0.045 },
    ],
    [
      // 80,000 + 30,000 written = 110,000 prompt tokens, upper band:
      // 80,000 × $0.50 + 30,000 × $0.625 + 500 × $2.50 = $0.04 + $0.01875 + $0.00125;
      // uncached: 110,000 × $0.50 + 500 × $2.50 = $0.055 + $0.00125
      'Haiku 5.5: cache writes count toward the band as well',
      'claude-haiku-5-5',
      { inputTokens: 80_000, outputTokens: 500, cacheWrite5mTokens: 30_000 },
      { total: 0.06, uncachedTotal: 0.05625, saved: -0.00375 },
    ],
    ['nothing used costs nothing', 'claude-fable-5-2', { inputTokens: 0, outputTokens: 0 }, { total: 0, uncachedTotal: 0, saved: 0 }],
  ])('%s', (_name, id, usage, expected) => {
    const cost = estimateCost(model(id), usage);
    expect(cost.total).toBeCloseTo(expected.total, 12);
    expect(cost.uncachedTotal).toBeCloseTo(expected.uncachedTotal, 12);
    expect(cost.saved).toBeCloseTo(expected.saved, 12);
  });

  it.each<[string, TokenUsage]>([
    ['inputTokens', { inputTokens: -1, outputTokens: 0 }],
    ['outputTokens', { inputTokens: 0, outputTokens: 1.5 }],
    ['cacheReadTokens', { inputTokens: 0, outputTokens: 0, cacheReadTokens: Number.NaN }],
    ['cacheWrite1hTokens', { inputTokens: 0, outputTokens: 0, cacheWrite1hTokens: Number.POSITIVE_INFINITY }],
  ])('refuses a bad %s count', (name, usage) => {
    expect(() => estimateCost(model('claude-sonnet-5-5'), usage)).toThrow(new RegExp(`^${name} must be`));
  });
});
