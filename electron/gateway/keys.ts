export type Provider = 'anthropic';

/** Where the gateway finds a provider key when the caller sent none. */
export interface KeySource {
  get(provider: Provider): Promise<string | undefined>;
}

/** Keys from environment variables (ANTHROPIC_API_KEY). */
export function environmentKeys(env: Record<string, string | undefined> = process.env): KeySource {
  return {
    async get(provider) {
      const value = provider === 'anthropic' ? env.ANTHROPIC_API_KEY : undefined;
      return value?.trim() || undefined;
    },
  };
}
