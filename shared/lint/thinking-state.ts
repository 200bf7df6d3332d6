import type { RunRequest } from '../contract/run-request';
import type { ModelInfo } from '../models/catalog';

/** Whether Claude will think for this request, as the gateway resolves it (asked for, or the model's default). */
export function thinkingOn(request: RunRequest, model: ModelInfo | undefined): boolean {
  if (model?.thinking === 'none') return false;
  if (model?.thinking === 'adaptive-always') return true;
  const thinking = request.thinking;
  if (thinking) return thinking.type !== 'disabled';
  if (request.reasoning_effort) return request.reasoning_effort !== 'none';
  return model?.thinkingByDefault ?? false;
}

/** Whether the request itself asks for thinking (not only the model's default). */
export function thinkingRequested(request: RunRequest): boolean {
  if (request.thinking) return request.thinking.type !== 'disabled';
  return request.reasoning_effort != null && request.reasoning_effort !== 'none';
}

/** The maximum the gateway sends: the caller's, else its default, clamped to the model's output limit. */
export function effectiveMaxTokens(request: RunRequest, model: ModelInfo | undefined, fallback: number): number {
  const asked = request.max_completion_tokens ?? request.max_tokens ?? fallback;
  return model ? Math.min(asked, model.maxOutputTokens) : asked;
}
