import type { ChatChunk, ChatCompletion } from '../../shared/chat/chunk';
import type { ChatRequest } from '../../shared/chat/request-schema';

export type Provider = 'anthropic' | 'openai';

/** What every upstream call needs besides the request. */
export interface ProviderCall {
  apiKey: string | undefined;
  signal?: AbortSignal | undefined;
  /** anthropic-beta values from the caller's header (merged with the body's `anthropic_beta`). */
  betas: string[];
}

/**
 * An accepted upstream call: errors before this point reject, later ones throw
 * from `chunks`. Chunks come in batches, one per upstream read, so consumers
 * write (or send over IPC) once per burst rather than once per token.
 */
export interface ChatStream {
  requestId: string | undefined;
  warnings: string[];
  chunks: AsyncIterable<ChatChunk[]>;
}

export interface ChatResult {
  requestId: string | undefined;
  warnings: string[];
  completion: ChatCompletion;
}

export interface ChatProvider {
  stream(request: ChatRequest, call: ProviderCall): Promise<ChatStream>;
  complete(request: ChatRequest, call: ProviderCall): Promise<ChatResult>;
  /** Model ids as the provider lists them (for GET /v1/models). */
  listModels(call: ProviderCall): Promise<string[]>;
}

/** `openai/<id>` goes to the OpenAI-compatible upstream; `claude-*` and `anthropic/<id>` to Anthropic. */
export function routeModel(model: string): { provider: Provider; model: string } | undefined {
  if (model.startsWith('openai/')) return { provider: 'openai', model: model.slice('openai/'.length) };
  if (model.startsWith('anthropic/')) return { provider: 'anthropic', model: model.slice('anthropic/'.length) };
  if (model.startsWith('claude-')) return { provider: 'anthropic', model };
  return undefined;
}
