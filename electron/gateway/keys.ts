import type { Provider } from './provider';

/** Where the gateway finds a provider key when the caller sent none. */
export interface KeySource {
  get(provider: Provider): Promise<string | undefined>;
}

/** ANTHROPIC_API_KEY, OPENAI_API_KEY, and DUET_<ID>_API_KEY for any other provider id. */
export function keyEnvName(provider: Provider): string {
  if (provider === 'anthropic') return 'ANTHROPIC_API_KEY';
  if (provider === 'openai') return 'OPENAI_API_KEY';
  return `DUET_${provider.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_API_KEY`;
}

/** Keys from environment variables. */
export function environmentKeys(env: Record<string, string | undefined> = process.env): KeySource {
  return {
    async get(provider) {
      return env[keyEnvName(provider)]?.trim() || undefined;
    },
  };
}
