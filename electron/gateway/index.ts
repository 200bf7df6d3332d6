import { randomUUID } from 'node:crypto';
import type { ChatChunk } from '../../shared/chat/chunk';
import type { ChatRequest } from '../../shared/chat/request-schema';
import { mapError } from './anthropic/map-error';
import { streamToChunks } from './anthropic/stream-to-chunks';
import { toAnthropicRequest } from './anthropic/to-anthropic-request';
import { createClientPool } from './anthropic/upstream';
import { GatewayError } from './errors';
import type { KeySource } from './keys';

export { GatewayError } from './errors';
export { environmentKeys, type KeySource, type Provider } from './keys';

export interface GatewayDeps {
  keys: KeySource;
  upstreams: { anthropic: { baseURL: string } };
  fetch?: typeof fetch;
  /** Milliseconds since the epoch; injected so golden files are stable. */
  now?: () => number;
  newId?: () => string;
}

export interface ChatCallOptions {
  signal?: AbortSignal;
  /** The caller's own provider key; wins over stored keys. */
  apiKey?: string;
}

/** An accepted upstream call: errors before this point reject, later ones throw from `chunks`. */
export interface ChatStream {
  requestId: string | undefined;
  warnings: string[];
  chunks: AsyncIterable<ChatChunk>;
}

export interface Gateway {
  streamChat(request: ChatRequest, options?: ChatCallOptions): Promise<ChatStream>;
}

export function createGateway(deps: GatewayDeps): Gateway {
  const clientFor = createClientPool({ baseURL: deps.upstreams.anthropic.baseURL, ...(deps.fetch ? { fetch: deps.fetch } : {}) });
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => randomUUID().replaceAll('-', ''));

  async function resolveKey(options: ChatCallOptions): Promise<string> {
    const key = options.apiKey ?? (await deps.keys.get('anthropic'));
    if (!key) {
      throw new GatewayError('no_api_key', 'No Anthropic API key is configured. Set ANTHROPIC_API_KEY and restart Duet.', {
        status: 401,
      });
    }
    return key;
  }

  return {
    async streamChat(request, options = {}) {
      const { body, warnings } = toAnthropicRequest(request);
      const client = clientFor(await resolveKey(options));
      try {
        const { data: events, request_id } = await client.messages
          .create({ ...body, stream: true }, options.signal ? { signal: options.signal } : {})
          .withResponse();
        const context = {
          id: `chatcmpl-${newId()}`,
          model: request.model,
          created: Math.floor(now() / 1000),
          includeUsage: request.stream_options?.include_usage ?? false,
        };
        return { requestId: request_id ?? undefined, warnings, chunks: guardStream(streamToChunks(events, context), options.signal) };
      } catch (error) {
        throw mapError(error);
      }
    },
  };
}

/** Maps errors raised while streaming, and turns a stream cut short by Stop into `cancelled`. */
async function* guardStream(chunks: AsyncIterable<ChatChunk>, signal: AbortSignal | undefined): AsyncGenerator<ChatChunk> {
  try {
    yield* chunks;
  } catch (error) {
    if (signal?.aborted) throw mapError(new GatewayError('cancelled', 'The run was stopped.', { status: 499 }));
    throw mapError(error);
  }
}
