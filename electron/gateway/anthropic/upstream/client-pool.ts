import Anthropic from '@anthropic-ai/sdk';

export interface UpstreamOptions {
  baseURL: string;
  fetch?: typeof fetch | undefined;
}

/**
 * One SDK client per key. Retries are off here: the gateway decides when a retry
 * is safe (before any byte reached the caller), not the SDK.
 */
export function createClientPool(options: UpstreamOptions): (apiKey: string) => Anthropic {
  const clients = new Map<string, Anthropic>();
  return (apiKey) => {
    let client = clients.get(apiKey);
    if (!client) {
      if (clients.size >= 16) clients.clear();
      client = new Anthropic({
        apiKey,
        baseURL: options.baseURL,
        maxRetries: 0,
        timeout: 10 * 60 * 1000,
        ...(options.fetch ? { fetch: options.fetch } : {}),
      });
      clients.set(apiKey, client);
    }
    return client;
  };
}
