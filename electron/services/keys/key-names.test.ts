import { describe, expect, it } from 'vitest';
import { InvalidProviderError } from './errors';
import { assertProviderId, keyAccount, keyEnvVarName } from './key-names';

describe('keyEnvVarName', () => {
  it.each([
    ['anthropic', 'ANTHROPIC_API_KEY'],
    ['openai', 'OPENAI_API_KEY'],
    ['openrouter', 'DUET_OPENROUTER_API_KEY'],
    ['open-router', 'DUET_OPEN_ROUTER_API_KEY'],
    ['together.ai', 'DUET_TOGETHER_AI_API_KEY'],
    ['local_llm2', 'DUET_LOCAL_LLM2_API_KEY'],
    ['constructor', 'DUET_CONSTRUCTOR_API_KEY'], // not Object.prototype's
  ])('%s → %s', (provider, name) => {
    expect(keyEnvVarName(provider)).toBe(name);
  });
});

describe('keyAccount', () => {
  it('prefixes the provider, so no provider can take the gateway token\'s account', () => {
    expect(keyAccount('anthropic')).toBe('api-key:anthropic');
    expect(keyAccount('gateway-token')).toBe('api-key:gateway-token');
  });
});

describe('assertProviderId', () => {
  it.each(['anthropic', 'a', '0x', 'my.provider_2-b', 'p'.repeat(64)])('accepts %j', (provider) => {
    expect(() => assertProviderId(provider)).not.toThrow();
  });

  it.each(['', 'Anthropic', '-x', '.x', 'a b', 'a/b', 'a:b', 'p'.repeat(65), 'sk-ant-api03-SeCrEt\n'])('refuses %j without echoing it', (provider) => {
    expect(() => assertProviderId(provider)).toThrow(InvalidProviderError);
    try {
      assertProviderId(provider);
    } catch (error) {
      if (provider) expect((error as Error).message).not.toContain(provider);
    }
  });
});
