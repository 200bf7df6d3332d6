import type { ChatRequest } from '../../../../shared/chat/request-schema';
import { invalidRequest } from '../../errors';

/**
 * OpenAI parameters without an Anthropic counterpart (A27, A28, A31, A32).
 * Ones whose absence changes nothing the caller relies on are dropped with a
 * warning; ones the caller's code depends on (`n > 1`, `logprobs`) are a 400.
 *
 * temperature, top_p and top_k: spec/gateway.md says clamp (A27, A28), but the
 * Messages API version the SDK sends (2026-10-21) rejects all three on every
 * model, even at their defaults, so they are always dropped and reported.
 * https://platform.claude.com/docs/en/api/versioning
 */
export function dropUnsupportedParams(request: ChatRequest, warnings: string[]): void {
  if (request.n != null && request.n > 1) throw invalidRequest('n: Claude returns one choice per request; send n = 1 or leave it out.', 'n');
  if (request.logprobs) throw invalidRequest('logprobs: Claude does not return token log probabilities.', 'logprobs');
  if (request.top_logprobs) throw invalidRequest('top_logprobs: Claude does not return token log probabilities.', 'top_logprobs');
  for (const name of ['temperature', 'top_p', 'top_k'] as const) {
    if (request[name] != null) warnings.push(`${name} was dropped: the Messages API no longer accepts sampling parameters.`);
  }
  for (const name of ['presence_penalty', 'frequency_penalty', 'seed'] as const) {
    if (request[name] != null) warnings.push(`${name} was dropped: Claude has no such parameter.`);
  }
  if (request.logit_bias && Object.keys(request.logit_bias).length > 0) warnings.push('logit_bias was dropped: Claude has no such parameter.');
}
