import { randomUUID } from 'node:crypto';
import type { ChatRequest } from '../../shared/chat/request-schema';
import { MODELS } from '../../shared/models/catalog';
import { createAnthropicProvider } from './anthropic/provider';
import { GatewayError, invalidRequest } from './errors';
import type { KeySource } from './keys';
import { createOpenAICompatibleProvider } from './openai/provider';
import { routeModel, type ChatProvider, type ChatResult, type ChatStream, type Provider } from './provider';
import type { StreamInspector } from './inspect/inspector';
import { holdUntilContent } from './stream/hold-until-content';
import { DEFAULT_RETRY_POLICY, withRetries, type RetryNotice, type RetryPolicy } from './retry';

export { GatewayError } from './errors';
export { anthropicRequestOf, type AnthropicUpstreamRequest } from './export/anthropic-request-of';
export { environmentKeys, type KeySource } from './keys';
export type { ChatResult, ChatStream, Provider } from './provider';
export type { RetryNotice } from './retry';
export type { StreamInspector, UpstreamEvent, UpstreamRequestReport } from './inspect/inspector';

export interface GatewayDeps {
  keys: KeySource;
  upstreams: Upstreams;
  fetch?: typeof fetch;
  /** Milliseconds since the epoch; injected so golden files are stable. */
  now?: () => number;
  newId?: () => string;
  retry?: Partial<RetryPolicy>;
}

export interface Upstreams {
  anthropic: { baseURL: string };
  /**
   * OpenAI-compatible upstreams by provider id (`openai`, `ollama`, …), read at
   * each call so providers added in settings apply at once.
   */
  compatible?: () => Record<string, { baseURL: string }>;
}

export interface ChatCallOptions {
  signal?: AbortSignal | undefined;
  /** The caller's own provider key; wins over stored keys. */
  apiKey?: string | undefined;
  /** anthropic-beta values from the caller's request header. */
  betas?: string[] | undefined;
  /** Told before each retry, so a waiting user sees why. */
  onRetry?: ((notice: RetryNotice) => void) | undefined;
  /** streamChat only: the exact upstream request (key redacted) and raw events, for the Inspector. */
  inspect?: StreamInspector | undefined;
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
  /** One provider's live model list with its stored key; throws a GatewayError (no key, 401, network …). */
  listProviderModels(provider: Provider, options?: ChatCallOptions): Promise<string[]>;
  /** The providers a model id can be routed to: anthropic and every configured OpenAI-compatible one. */
  providerIds(): Provider[];
  /** The key a call would use: the caller's, else the stored one. */
  resolveKey(provider: Provider, callerKey?: string): Promise<string | undefined>;
  readonly upstreams: GatewayDeps['upstreams'];
}

/** The gateway core: the only entry the hosts and the HTTP endpoint import. */
export function createGateway(deps: GatewayDeps): Gateway {
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => randomUUID().replaceAll('-', ''));
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...deps.retry };
  const anthropic = createAnthropicProvider({ baseURL: deps.upstreams.anthropic.baseURL, fetch: deps.fetch, now, newId });
  const compatible = new Map<string, { baseURL: string; provider: ChatProvider }>();

  /** The provider behind an id, made once per base URL. */
  function providerFor(id: Provider): ChatProvider | undefined {
    if (id === 'anthropic') return anthropic;
    const upstream = deps.upstreams.compatible?.()[id];
    if (!upstream) return undefined;
    const known = compatible.get(id);
    if (known?.baseURL === upstream.baseURL) return known.provider;
    const provider = createOpenAICompatibleProvider({ id, baseURL: upstream.baseURL, fetch: deps.fetch });
    compatible.set(id, { baseURL: upstream.baseURL, provider });
    return provider;
  }

  const resolveKey = async (provider: Provider, callerKey?: string) => callerKey ?? (await deps.keys.get(provider));

  async function prepare(request: ChatRequest, options: ChatCallOptions) {
    const route = routeModel(request.model);
    if (!route) throw invalidRequest(`Unknown model "${request.model}": use a claude-* id, anthropic/<id> or <provider>/<id>.`, 'model');
    const provider = providerFor(route.provider);
    if (!provider) {
      const hint = route.provider === 'openai' ? 'set OPENAI_BASE_URL or OPENAI_API_KEY' : 'add it in Settings › Providers';
      throw new GatewayError('invalid_request', `No OpenAI-compatible provider "${route.provider}" is configured for "${request.model}": ${hint}.`, {
        status: 400,
        param: 'model',
      });
    }
    const call = { apiKey: await resolveKey(route.provider, options.apiKey), signal: options.signal, betas: options.betas ?? [], inspect: options.inspect };
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
    providerIds: () => ['anthropic', ...Object.keys(deps.upstreams.compatible?.() ?? {})],
    async listProviderModels(id, options = {}) {
      const provider = providerFor(id);
      if (!provider) throw invalidRequest(`No provider "${id}" is configured.`, 'provider');
      return provider.listModels({ apiKey: await resolveKey(id, options.apiKey), signal: options.signal, betas: [] });
    },
    async listModels(options = {}) {
      const listed = new Map<string, ListedModel>(MODELS.map((model) => [model.id, { id: model.id, provider: 'anthropic' }]));
      const ids = ['anthropic', ...Object.keys(deps.upstreams.compatible?.() ?? {})];
      for (const name of ids) {
        const provider = providerFor(name);
        if (!provider) continue;
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
