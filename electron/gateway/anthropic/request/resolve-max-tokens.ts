import type { ChatRequest } from '../../../../shared/chat/request-schema';
import { FALLBACK_MAX_TOKENS } from '../../../../shared/models/catalog';
import { invalidRequest } from '../../errors';
import type { ResolvedModel } from './resolve-model';

export interface MaxTokens {
  maxTokens: number;
  /** The thinking budget, clamped below `maxTokens`. */
  budget?: number;
}

// https://platform.claude.com/docs/en/build-with-claude/extended-thinking (budget_tokens ≥ 1024 and < max_tokens)
const MIN_BUDGET = 1024;

/**
 * `max_completion_tokens` wins over `max_tokens`; with neither, the default
 * (4096) plus any thinking budget. Clamped to a known model's maximum output.
 * OpenAI counts reasoning inside the caller's max, so with a thinking budget the
 * caller's max is the total and the budget is clamped below it (A25, A26).
 */
export function resolveMaxTokens(request: ChatRequest, model: ResolvedModel, budget: number | undefined, warnings: string[]): MaxTokens {
  const field = request.max_completion_tokens != null ? 'max_completion_tokens' : 'max_tokens';
  const asked = request.max_completion_tokens ?? request.max_tokens ?? undefined;
  const limit = model.known ? model.info.maxOutputTokens : Number.POSITIVE_INFINITY;
  const maxTokens = Math.min(asked ?? FALLBACK_MAX_TOKENS + (budget ?? 0), limit);
  if (asked !== undefined && asked > limit) warnings.push(`${field} ${asked} is above ${model.id}'s maximum output; sent ${limit}.`);
  if (budget === undefined || budget < maxTokens) return budget === undefined ? { maxTokens } : { maxTokens, budget };
  const clamped = maxTokens - 1;
  if (clamped < MIN_BUDGET) {
    throw invalidRequest(`${field}: ${maxTokens} leaves no room for thinking (the budget must be at least ${MIN_BUDGET} and below the max).`, field);
  }
  warnings.push(`The thinking budget ${budget} was lowered to ${clamped} to stay below ${field} ${maxTokens}, which counts thinking too.`);
  return { maxTokens, budget: clamped };
}
