import { createGateway, environmentKeys, type Gateway, type GatewayDeps, type KeySource } from './index';

export const DEFAULT_ANTHROPIC_BASE_URL = 'https://api.anthropic.com';

export interface FromEnvOptions {
  /** Where keys come from; the environment alone when not given. */
  keys?: KeySource;
  /** OpenAI-compatible providers configured in the app, besides OPENAI_BASE_URL. */
  providers?: () => readonly { id: string; baseURL: string }[];
  retry?: GatewayDeps['retry'];
}

/** The gateway as the environment configures it (ANTHROPIC_BASE_URL, OPENAI_BASE_URL, keys), plus the app's providers. */
export function createGatewayFromEnv(env: Record<string, string | undefined> = process.env, options: FromEnvOptions = {}): Gateway {
  const openaiBaseURL = env.OPENAI_BASE_URL?.trim() || (env.OPENAI_API_KEY?.trim() ? 'https://api.openai.com/v1' : undefined);
  return createGateway({
    keys: options.keys ?? environmentKeys(env),
    upstreams: {
      anthropic: { baseURL: env.ANTHROPIC_BASE_URL?.trim() || DEFAULT_ANTHROPIC_BASE_URL },
      compatible: () => {
        const upstreams: Record<string, { baseURL: string }> = openaiBaseURL ? { openai: { baseURL: openaiBaseURL } } : {};
        for (const provider of options.providers?.() ?? []) upstreams[provider.id] = { baseURL: provider.baseURL };
        return upstreams;
      },
    },
    ...(options.retry ? { retry: options.retry } : {}),
  });
}
