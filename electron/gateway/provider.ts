import type { ChatChunk, ChatCompletion } from '../../shared/chat/chunk';
import type { ChatRequest } from '../../shared/chat/request-schema';
import type { StreamInspector } from './inspect/inspector';

/** 'anthropic', or the id of an OpenAI-compatible upstream ('openai', 'ollama', 'openrouter', …). */
export type Provider = string;

/** What every upstream call needs besides the request. */
export interface ProviderCall {
  apiKey: string | undefined;
  signal?: AbortSignal | undefined;
  /** anthropic-beta values from the caller's header (merged with the body's `anthropic_beta`). */
  betas: string[];
  /** Streams only: reports the request and raw events (providers that cannot, ignore it). */
  inspect?: StreamInspector | undefined;
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

/** `claude-*` and `anthropic/<id>` go to Anthropic; `<provider>/<id>` to that OpenAI-compatible upstream. */
export function routeModel(model: string): { provider: Provider; model: string } | undefined {
  if (model.startsWith('claude-')) return { provider: 'anthropic', model };
  const slash = model.indexOf('/');
  if (slash <= 0 || slash === model.length - 1) return undefined;
  return { provider: model.slice(0, slash), model: model.slice(slash + 1) };
}
