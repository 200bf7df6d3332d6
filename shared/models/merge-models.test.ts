import { describe, expect, it } from 'vitest';
import { MODELS, type ModelInfo } from './catalog';
import { mergeModels, type ListedModel } from './merge-models';

const anthropic = (id: string): ListedModel => ({ id, provider: 'anthropic' });
const liveIds = (entries: ReturnType<typeof mergeModels>) => entries.filter((entry) => entry.live).map((entry) => entry.id);

describe('mergeModels', () => {
  it('offline (no live list): the catalog alone, in order, nothing live', () => {
    const entries = mergeModels(MODELS, []);
    expect(entries.map((entry) => entry.id)).toEqual(MODELS.map((model) => model.id));
    expect(entries.every((entry) => entry.known && !entry.live)).toBe(true);
    expect(entries[0]).toEqual({ id: 'claude-sonnet-5-5', displayName: 'Claude Sonnet 5.5', provider: 'anthropic', known: true, info: MODELS[0], live: false });
  });

  it('keeps the catalog order it is given', () => {
    const reversed = [...MODELS].reverse();
    expect(mergeModels(reversed, [anthropic('claude-opus-5-5')]).map((entry) => entry.id)).toEqual(reversed.map((model) => model.id));
  });

  it.each([
    ['its id', 'claude-fable-5-2', 'claude-fable-5-2'],
    ['a dated snapshot id', 'claude-opus-5-5-20260922', 'claude-opus-5-5'],
    ['an alias', 'claude-sonnet-4-5-20250929', 'claude-sonnet-4-5'],
  ])('marks a catalog model live when listed under %s', (_how, listed, catalogId) => {
    const entries = mergeModels(MODELS, [anthropic(listed)]);
    expect(liveIds(entries)).toEqual([catalogId]);
    expect(entries).toHaveLength(MODELS.length);
  });

  it('appends live models the catalog does not know, by provider then id, as capabilities unknown', () => {
    const entries = mergeModels(MODELS, [
      { id: 'openai/gpt-6', provider: 'openai' },
      anthropic('claude-opus-5-5'),
      { id: 'ollama/llama-4', provider: 'ollama', displayName: 'Llama 4' },
      anthropic('claude-sonnet-6'),
      anthropic('claude-haiku-6'),
      { id: 'ollama/gemma-4', provider: 'ollama' },
    ]);
    expect(entries.slice(0, MODELS.length).every((entry) => entry.known)).toBe(true);
    expect(entries.slice(MODELS.length)).toEqual([
      { id: 'claude-haiku-6', displayName: 'claude-haiku-6', provider: 'anthropic', known: false, live: true },
      { id: 'claude-sonnet-6', displayName: 'claude-sonnet-6', provider: 'anthropic', known: false, live: true },
      { id: 'ollama/gemma-4', displayName: 'ollama/gemma-4', provider: 'ollama', known: false, live: true },
      { id: 'ollama/llama-4', displayName: 'Llama 4', provider: 'ollama', known: false, live: true },
      { id: 'openai/gpt-6', displayName: 'openai/gpt-6', provider: 'openai', known: false, live: true },
    ]);
    expect(liveIds(entries.slice(0, MODELS.length))).toEqual(['claude-opus-5-5']);
  });

  it('sorts by code unit, not by locale', () => {
    const entries = mergeModels([], [anthropic('b'), anthropic('B'), anthropic('a')]);
    expect(entries.map((entry) => entry.id)).toEqual(['B', 'a', 'b']);
  });

  it('does not let another provider vouch for a catalog model', () => {
    const entries = mergeModels(MODELS, [{ id: 'claude-opus-5-5', provider: 'openrouter' }]);
    expect(liveIds(entries.slice(0, MODELS.length))).toEqual([]);
    expect(entries.at(-1)).toEqual({ id: 'claude-opus-5-5', displayName: 'claude-opus-5-5', provider: 'openrouter', known: false, live: true });
  });

  it('lists each model once however often it is listed', () => {
    const entries = mergeModels(MODELS, [
      anthropic('claude-opus-5-5'),
      anthropic('claude-opus-5-5-20260922'),
      anthropic('claude-next'),
      anthropic('claude-next'),
    ]);
    expect(entries).toHaveLength(MODELS.length + 1);
    expect(liveIds(entries)).toEqual(['claude-opus-5-5', 'claude-next']);
  });

  it('gives unknown models no info to read capabilities from', () => {
    const [entry] = mergeModels([] as readonly ModelInfo[], [anthropic('claude-next')]);
    expect(entry && 'info' in entry).toBe(false);
  });
});
