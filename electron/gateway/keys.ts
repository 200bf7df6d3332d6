import type { Provider } from './provider';

/** Where the gateway finds a provider key when the caller sent none. */
export interface KeySource {
  get(provider: Provider): Promise<string | undefined>;
}

const ENV_NAMES: Record<Provider, string> = { anthropic: 'ANTHROPIC_API_KEY', openai: 'OPENAI_API_KEY' };

/** Keys from environment variables (ANTHROPIC_API_KEY, OPENAI_API_KEY). */
export function environmentKeys(env: Record<string, string | undefined> = process.env): KeySource {
  return {
    async get(provider) {
      return env[ENV_NAMES[provider]]?.trim() || undefined;
    },
  };
}
