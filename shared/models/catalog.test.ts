import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_ID, findModel, MODELS } from './catalog';

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

  it('keeps capabilities consistent with the thinking mode', () => {
    for (const model of MODELS) {
      if (model.thinking === 'adaptive-always') expect([model.id, model.thinkingByDefault, model.thinkingBudget]).toEqual([model.id, true, false]);
      if (model.thinking === 'budget') expect([model.id, model.thinkingBudget]).toEqual([model.id, true]);
      if (model.thinking !== 'budget') expect([model.id, model.prefill]).toEqual([model.id, false]);
      expect(model.maxOutputTokens).toBeLessThanOrEqual(model.contextWindow);
    }
  });
});
