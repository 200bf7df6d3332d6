import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_ID, findModel, findModelIn, MODELS } from './catalog';

describe('model catalog', () => {
  it('has unique ids and aliases, and the default model in it', () => {
    const names = MODELS.flatMap((model) => [model.id, ...(model.aliases ?? [])]);
    expect(new Set(names).size).toBe(names.length);
    expect(findModel(DEFAULT_MODEL_ID)?.status).toBe('current');
  });

  it.each([
    ['claude-opus-4-5-20251101', 'claude-opus-4-5'],
    ['claude-opus-5-5-20260922', 'claude-opus-5-5'],
    ['claude-sonnet-4-5', 'claude-sonnet-4-5'],
  ])('finds %s as %s', (id, expected) => {
    expect(findModel(id)?.id).toBe(expected);
  });

  it.each(['claude-3-opus-20240229', 'gpt-4o', 'claude-sonnet-5-5-latest'])('does not find %s', (id) => {
    expect(findModel(id)).toBeUndefined();
  });

  it('searches only the list it is given', () => {
    const opus = MODELS.filter((model) => model.id === 'claude-opus-4-5');
    expect(findModelIn(opus, 'claude-opus-4-5-20251101')?.id).toBe('claude-opus-4-5');
    expect(findModelIn(opus, 'claude-sonnet-5-5')).toBeUndefined();
  });

  it('keeps capabilities consistent with the thinking mode', () => {
    for (const model of MODELS) {
      if (model.thinking === 'adaptive-always') expect([model.id, model.thinkingByDefault, model.thinkingBudget]).toEqual([model.id, true, false]);
      if (model.thinking === 'budget') expect([model.id, model.thinkingBudget]).toEqual([model.id, true]);
      if (model.thinking !== 'budget') expect([model.id, model.prefill]).toEqual([model.id, false]);
      expect(model.maxOutputTokens).toBeLessThanOrEqual(model.contextWindow);
    }
  });

  it('accepts no sampling parameters on any model (API version 2026-10-21)', () => {
    expect(MODELS.filter((model) => model.samplingParams)).toEqual([]);
  });

  it('has a full capability summary on every model', () => {
    for (const model of MODELS) {
      expect([model.id, typeof model.vision, typeof model.pdf, typeof model.citations, typeof model.structuredOutputs]).toEqual([
        model.id,
        'boolean',
        'boolean',
        'boolean',
        'boolean',
      ]);
    }
  });

  // https://platform.claude.com/docs/en/build-with-claude/prompt-caching#cache-limitations
  it.each([
    ['claude-sonnet-5-5', 512],
    ['claude-opus-5-5', 512],
    ['claude-fable-5-2', 512],
    ['claude-haiku-5-5', 512],
    ['claude-fable-5-1', 512],
    ['claude-fable-5', 512],
    ['claude-opus-5', 512],
    ['claude-sonnet-5', 1024],
    ['claude-opus-4-8', 1024],
    ['claude-opus-4-7', 2048],
    ['claude-opus-4-6', 4096],
    ['claude-sonnet-4-6', 1024],
    ['claude-opus-4-5', 4096],
    ['claude-haiku-4-5', 4096],
    ['claude-sonnet-4-5', 1024],
    ['claude-opus-4-1', 1024],
  ])('caches %s prompts from %i tokens', (id, tokens) => {
    expect(findModel(id)?.minCacheableTokens).toBe(tokens);
  });
});
