import OpenAI from 'openai';
import type { ChatCompletionCreateParams } from 'openai/resources/chat/completions';
import type { ChatChunk, ChatCompletion } from '../../../shared/chat/chunk';
import type { ChatRequest } from '../../../shared/chat/request-schema';
import { GatewayError } from '../errors';
import type { ChatProvider, ProviderCall } from '../provider';
import { mapOpenAIError } from './map-openai-error';

export interface OpenAICompatibleOptions {
  /** The provider id models are routed by (`<id>/<model>`). */
  id: string;
  baseURL: string;
  fetch?: typeof fetch | undefined;
}

/**
 * Pass-through for OpenAI-compatible endpoints (OpenAI, Ollama, OpenRouter, …):
 * the request is already in their format, so only the model prefix and Duet's
 * Anthropic-only fields are removed.
 */
export function createOpenAICompatibleProvider(options: OpenAICompatibleOptions): ChatProvider {
  const clientFor = (call: ProviderCall) =>
    new OpenAI({
      // Local servers such as Ollama need no key; the SDK insists on a string.
      apiKey: call.apiKey ?? 'no-key',
      baseURL: options.baseURL,
      maxRetries: 0,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  const signalOf = (call: ProviderCall) => (call.signal ? { signal: call.signal } : {});

  return {
    async stream(request, call) {
      try {
        const body = { ...toOpenAIBody(request), stream: true } as ChatCompletionCreateParams & { stream: true };
        const { data, request_id } = await clientFor(call).chat.completions.create(body, signalOf(call)).withResponse();
        return { requestId: request_id ?? undefined, warnings: [], chunks: passChunks(data, request.model, call.signal) };
      } catch (error) {
        throw mapOpenAIError(error);
      }
    },
    async complete(request, call) {
      try {
        const body = { ...toOpenAIBody(request), stream: false } as ChatCompletionCreateParams & { stream: false };
        const { data, request_id } = await clientFor(call).chat.completions.create(body, signalOf(call)).withResponse();
        return { requestId: request_id ?? undefined, warnings: [], completion: { ...data, model: request.model } as ChatCompletion };
      } catch (error) {
        throw mapOpenAIError(error);
      }
    },
    async listModels(call) {
      try {
        const page = await clientFor(call).models.list(signalOf(call));
        return page.data.map((model) => `${options.id}/${model.id}`);
      } catch (error) {
        throw mapOpenAIError(error);
      }
    },
  };
}

/** Strips the routing prefix (`<provider>/`) and the fields only Anthropic understands. */
function toOpenAIBody(request: ChatRequest): Record<string, unknown> {
  const { thinking: _thinking, anthropic_beta: _betas, ...rest } = request;
  return { ...rest, model: request.model.slice(request.model.indexOf('/') + 1) };
}

/** Chunks are already OpenAI's; only the model name is put back to what the caller asked for. */
async function* passChunks(stream: AsyncIterable<unknown>, model: string, signal: AbortSignal | undefined): AsyncGenerator<ChatChunk[]> {
  try {
    for await (const chunk of stream) yield [{ ...(chunk as ChatChunk), model }];
  } catch (error) {
    throw signal?.aborted ? new GatewayError('cancelled', 'The run was stopped.', { status: 499 }) : mapOpenAIError(error);
  }
}
