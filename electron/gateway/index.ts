import { randomUUID } from 'node:crypto';
import type { ChatRequest } from '../../shared/chat/request-schema';
import { MODELS } from '../../shared/models/catalog';
import { createAnthropicProvider } from './anthropic/provider';
import { GatewayError, invalidRequest } from './errors';
import type { KeySource } from './keys';
import { createOpenAICompatibleProvider } from './openai/provider';
import { routeModel, type ChatProvider, type ChatResult, type ChatStream, type Provider } from './provider';
import { holdUntilContent } from './stream/hold-until-content';
import { DEFAULT_RETRY_POLICY, withRetries, type RetryNotice, type RetryPolicy } from './retry';

export { GatewayError } from './errors';
export { environmentKeys, type KeySource } from './keys';
export type { ChatResult, ChatStream, Provider } from './provider';
export type { RetryNotice } from './retry';

export interface GatewayDeps {
  keys: KeySource;
  upstreams: { anthropic: { baseURL: string }; openai?: { baseURL: string } | undefined };
  fetch?: typeof fetch;
  /** Milliseconds since the epoch; injected so golden files are stable. */
  now?: () => number;
  newId?: () => string;
  retry?: Partial<RetryPolicy>;
}

export interface ChatCallOptions {
  signal?: AbortSignal | undefined;
  /** The caller's own provider key; wins over stored keys. */
  apiKey?: string | undefined;
  /** anthropic-beta values from the caller's request header. */
  betas?: string[] | undefined;
  /** Told before each retry, so a waiting user sees why. */
  onRetry?: ((notice: RetryNotice) => void) | undefined;
}

export interface ListedModel {
  id: string;
  provider: Provider;
}

export interface Gateway {
  /** Streams a completion. Rejects (after retries) before the first chunk; throws from `chunks` after it. */
  streamChat(request: ChatRequest, options?: ChatCallOptions): Promise<ChatStream>;
  completeChat(request: ChatRequest, options?: ChatCallOptions): Promise<ChatResult>;
  /** The catalog plus whatever the configured upstreams list live. */
  listModels(options?: ChatCallOptions): Promise<ListedModel[]>;
  /** The key a call would use: the caller's, else the stored one. */
  resolveKey(provider: Provider, callerKey?: string): Promise<string | undefined>;
  readonly upstreams: GatewayDeps['upstreams'];
}

/** The gateway core: the only entry the hosts and the HTTP endpoint import. */
export function createGateway(deps: GatewayDeps): Gateway {
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => randomUUID().replaceAll('-', ''));
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...deps.retry };
  const providers: Partial<Record<Provider, ChatProvider>> = {
    anthropic: createAnthropicProvider({ baseURL: deps.upstreams.anthropic.baseURL, fetch: deps.fetch, now, newId }),
    ...(deps.upstreams.openai ? { openai: createOpenAICompatibleProvider({ baseURL: deps.upstreams.openai.baseURL, fetch: deps.fetch }) } : {}),
  };

  const resolveKey = async (provider: Provider, callerKey?: string) => callerKey ?? (await deps.keys.get(provider));

  async function prepare(request: ChatRequest, options: ChatCallOptions) {
    const route = routeModel(request.model);
    if (!route) throw invalidRequest(`Unknown model "${request.model}": use a claude-* id, anthropic/<id> or openai/<id>.`, 'model');
    const provider = providers[route.provider];
    if (!provider) {
      throw new GatewayError('invalid_request', `No OpenAI-compatible endpoint is configured for "${request.model}": set OPENAI_BASE_URL.`, {
        status: 400,
        param: 'model',
      });
    }
    const call = { apiKey: await resolveKey(route.provider, options.apiKey), signal: options.signal, betas: options.betas ?? [] };
    return { provider, call };
  }

  const retrying = <T>(attempt: () => Promise<T>, options: ChatCallOptions) =>
    withRetries(attempt, { policy, signal: options.signal, onRetry: options.onRetry });

  return {
    upstreams: deps.upstreams,
    resolveKey,
    async streamChat(request, options = {}) {
      const { provider, call } = await prepare(request, options);
      return retrying(async () => {
        const stream = await provider.stream(request, call);
        return { ...stream, chunks: await holdUntilContent(stream.chunks) };
      }, options);
    },
    async completeChat(request, options = {}) {
      const { provider, call } = await prepare(request, options);
      return retrying(() => provider.complete(request, call), options);
    },
    async listModels(options = {}) {
      const listed = new Map<string, ListedModel>(MODELS.map((model) => [model.id, { id: model.id, provider: 'anthropic' }]));
      for (const [name, provider] of Object.entries(providers) as [Provider, ChatProvider][]) {
        // A caller's own key is an Anthropic key (or an OpenAI one), never sent to the other provider.
        const apiKey = await resolveKey(name, name === 'anthropic' ? options.apiKey : undefined);
        if (name === 'anthropic' && !apiKey) continue;
        // A provider that cannot list its models still leaves the catalog usable offline.
        const ids = await provider.listModels({ apiKey, signal: options.signal, betas: [] }).catch(() => []);
        for (const id of ids) listed.set(id, { id, provider: name });
      }
      return [...listed.values()];
    },
  };
}
