import type { ChatRequest } from '../../../shared/chat/request-schema';
import { toAnthropicRequest } from '../anthropic/to-anthropic-request';
import { invalidRequest } from '../errors';
import { routeModel } from '../provider';

/** The Messages API request the gateway sends upstream for a chat request: body (with `stream`) and anthropic-beta values. */
export interface AnthropicUpstreamRequest {
  body: Record<string, unknown>;
  betas: string[];
  warnings: string[];
}

/**
 * What the Anthropic provider sends for this request, from the same translation: code export
 * shows it, so an exported snippet is byte for byte what a Run sends (the provider sets `stream`
 * the same way, and merges no betas but the body's when the caller sends no header).
 */
export function anthropicRequestOf(request: ChatRequest): AnthropicUpstreamRequest {
  if (routeModel(request.model)?.provider !== 'anthropic') {
    throw invalidRequest(`"${request.model}" is not a Claude model: only the Duet gateway snippets apply to it.`, 'model');
  }
  const translated = toAnthropicRequest(request);
  return { body: { ...translated.body, stream: request.stream === true }, betas: translated.betas, warnings: translated.warnings };
}
