import { createGateway, environmentKeys, type Gateway, type GatewayDeps } from './index';

export const DEFAULT_ANTHROPIC_BASE_URL = 'https://api.anthropic.com';

/** The gateway as the environment configures it (ANTHROPIC_BASE_URL, OPENAI_BASE_URL, keys). */
export function createGatewayFromEnv(env: Record<string, string | undefined> = process.env, overrides: Partial<GatewayDeps> = {}): Gateway {
  const openaiBaseURL = env.OPENAI_BASE_URL?.trim() || (env.OPENAI_API_KEY?.trim() ? 'https://api.openai.com/v1' : undefined);
  return createGateway({
    keys: environmentKeys(env),
    upstreams: {
      anthropic: { baseURL: env.ANTHROPIC_BASE_URL?.trim() || DEFAULT_ANTHROPIC_BASE_URL },
      ...(openaiBaseURL ? { openai: { baseURL: openaiBaseURL } } : {}),
    },
    ...overrides,
  });
}
