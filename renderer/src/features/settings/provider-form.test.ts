import { describe, expect, it } from 'vitest';
import { checkProviderDraft, EMPTY_DRAFT, PROVIDER_PRESETS } from './provider-form';

describe('checkProviderDraft', () => {
  it('accepts every preset, with or without a key', () => {
    for (const preset of PROVIDER_PRESETS) {
      expect(checkProviderDraft({ ...preset, key: '' })).toEqual({});
      expect(checkProviderDraft({ ...preset, key: 'sk-abc' })).toEqual({});
    }
  });

  it('names each field that is wrong', () => {
    expect(Object.keys(checkProviderDraft(EMPTY_DRAFT)).sort()).toEqual(['baseURL', 'id', 'name']);
    expect(checkProviderDraft({ id: 'Open Router', name: 'x', baseURL: 'http://x', key: '' }).id).toMatch(/lowercase/);
    expect(checkProviderDraft({ id: 'anthropic', name: 'x', baseURL: 'http://x', key: '' }).id).toMatch(/built in/);
    expect(checkProviderDraft({ id: 'x', name: 'x', baseURL: 'localhost:11434', key: '' }).baseURL).toMatch(/http/);
    expect(checkProviderDraft({ id: 'x', name: 'x', baseURL: 'ftp://x', key: '' }).baseURL).toMatch(/http/);
    expect(checkProviderDraft({ id: 'x', name: 'x', baseURL: 'http://x', key: 'sk a' }).key).toMatch(/spaces/);
  });
});
