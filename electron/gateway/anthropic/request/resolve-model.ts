import { CATALOG_CHECKED_ON, EFFORT_LEVELS, findModel, type ModelInfo } from '../../../../shared/models/catalog';

export interface ResolvedModel {
  /** The id sent upstream: the caller's id without the `anthropic/` routing prefix. */
  id: string;
  info: ModelInfo;
  /** False when the id is not in the catalog and `info` is an assumption. */
  known: boolean;
}

/**
 * What an unknown `claude-*` id is assumed to be: the newest family (adaptive
 * thinking, effort, structured outputs, no prefill). Thinking is assumed to be
 * switchable so nothing the caller asks for is blocked on a guess; the API has
 * the last word. Limits are not enforced for unknown models.
 */
function assumeNewestFamily(id: string): ModelInfo {
  return {
    id,
    displayName: id,
    provider: 'anthropic',
    status: 'current',
    contextWindow: 1_000_000,
    maxOutputTokens: 128_000,
    thinking: 'adaptive',
    thinkingBudget: false,
    thinkingByDefault: false,
    efforts: EFFORT_LEVELS,
    structuredOutputs: true,
    prefill: false,
    vision: true,
    pdf: true,
    citations: true,
  };
}

/** `anthropic/<id>` → `<id>`, then the catalog entry (by id, alias or dated snapshot). */
export function resolveModel(requested: string, warnings: string[]): ResolvedModel {
  const id = requested.replace(/^anthropic\//, '');
  const info = findModel(id);
  if (info) return { id, info, known: true };
  warnings.push(
    `Model "${id}" is not in Duet's catalog (checked ${CATALOG_CHECKED_ON}); it was treated as a newest-generation Claude model (adaptive thinking, structured outputs, no prefill).`,
  );
  return { id, info: assumeNewestFamily(id), known: false };
}
