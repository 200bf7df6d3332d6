import type { ChatRequest } from '../../../shared/chat/request-schema';
import { GatewayError } from '../errors';
import { inspectingFetch } from '../inspect/inspector';
import type { ChatProvider, ProviderCall } from '../provider';
import { fromAnthropicMessage } from './from-anthropic-message';
import { mapError } from './map-error';
import { toAnthropicRequest, type TranslatedRequest } from './to-anthropic-request';
import { createClientPool } from './upstream/client-pool';
import { createNodeFetch } from './upstream/node-fetch';
import { readChunkBatches } from './upstream/read-chunk-batches';

export interface AnthropicProviderOptions {
  baseURL: string;
  fetch?: typeof fetch | undefined;
  now: () => number;
  newId: () => string;
}

/** Claude through the official SDK: translate, call, translate back. */
export function createAnthropicProvider(options: AnthropicProviderOptions): ChatProvider {
  const nodeFetch = createNodeFetch();
  const baseFetch = options.fetch ?? nodeFetch.fetch;
  const clientFor = createClientPool({ baseURL: options.baseURL, fetch: baseFetch });
  /** A client whose fetch reports the request first; only built when someone inspects. */
  const inspectedClient = (call: ProviderCall) => {
    const client = clientFor(requireKey(call));
    const onRequest = call.inspect?.onUpstreamRequest;
    return onRequest ? client.withOptions({ fetch: inspectingFetch(baseFetch, call.apiKey, onRequest) }) : client;
  };

  const prepare = (request: ChatRequest, call: ProviderCall) => {
    const translated = toAnthropicRequest(request);
    const context = {
      id: `chatcmpl-${options.newId()}`,
      model: request.model,
      created: Math.floor(options.now() / 1000),
      ...(translated.responseMode.kind === 'json_tool' ? { jsonTool: translated.responseMode.toolName } : {}),
    };
    return { translated, context, client: inspectedClient(call), requestOptions: requestOptions(translated, call) };
  };

  return {
    async stream(request, call) {
      const { translated, context, client, requestOptions } = prepare(request, call);
      const chunkContext = { ...context, includeUsage: request.stream_options?.include_usage ?? false };
      try {
        const response = await client.messages.create({ ...translated.body, stream: true }, requestOptions).asResponse();
        // Our own fetch hands over the socket stream; an injected one, its web body.
        const body = nodeFetch.rawBody(response) ?? webBody(response);
        const requestId = response.headers.get('request-id') ?? undefined;
        return { requestId, warnings: translated.warnings, chunks: readChunkBatches(body, chunkContext, call.signal, call.inspect?.onUpstreamEvents) };
      } catch (error) {
        throw call.signal?.aborted ? cancelled() : mapError(error);
      }
    },
    async complete(request, call) {
      const { translated, context, client, requestOptions } = prepare(request, call);
      try {
        const { data, request_id } = await client.messages.create({ ...translated.body, stream: false }, requestOptions).withResponse();
        return { requestId: request_id ?? undefined, warnings: translated.warnings, completion: fromAnthropicMessage(data, context) };
      } catch (error) {
        throw call.signal?.aborted ? cancelled() : mapError(error);
      }
    },
    async listModels(call) {
      try {
        const page = await clientFor(requireKey(call)).models.list({ limit: 100 }, call.signal ? { signal: call.signal } : {});
        return page.data.map((model) => model.id);
      } catch (error) {
        throw mapError(error);
      }
    },
  };
}

function requireKey(call: ProviderCall): string {
  if (call.apiKey) return call.apiKey;
  throw new GatewayError('no_api_key', 'No Anthropic API key is configured. Set ANTHROPIC_API_KEY, or send your own key as a Bearer token.', {
    status: 401,
  });
}

/** anthropic-beta from the caller's header and the body's `anthropic_beta`, merged and never defaulted. */
function requestOptions(translated: TranslatedRequest, call: ProviderCall): { signal?: AbortSignal; headers?: Record<string, string> } {
  const betas = [...new Set([...call.betas, ...translated.betas])];
  return {
    ...(call.signal ? { signal: call.signal } : {}),
    ...(betas.length > 0 ? { headers: { 'anthropic-beta': betas.join(',') } } : {}),
  };
}

function cancelled(): GatewayError {
  return new GatewayError('cancelled', 'The run was stopped.', { status: 499 });
}

function webBody(response: Response): AsyncIterable<Uint8Array> {
  if (!response.body) throw new GatewayError('upstream_error', 'Anthropic answered without a body.', { status: 502 });
  return response.body;
}
