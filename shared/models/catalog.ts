/**
 * The static model catalog: what the app knows offline. Figures from Anthropic's
 * model overview pages (https://platform.claude.com/docs/en/about-claude/models/overview).
 */
export const CATALOG_CHECKED_ON = '2026-11-22';

export interface ModelInfo {
  id: string;
  displayName: string;
  provider: 'anthropic';
  contextWindow: number;
  maxOutputTokens: number;
}

export const MODELS: readonly ModelInfo[] = [
  { id: 'claude-sonnet-5-5', displayName: 'Claude Sonnet 5.5', provider: 'anthropic', contextWindow: 1_000_000, maxOutputTokens: 128_000 },
  { id: 'claude-opus-5-5', displayName: 'Claude Opus 5.5', provider: 'anthropic', contextWindow: 1_000_000, maxOutputTokens: 128_000 },
  { id: 'claude-fable-5-1', displayName: 'Claude Fable 5.1', provider: 'anthropic', contextWindow: 1_000_000, maxOutputTokens: 128_000 },
  { id: 'claude-haiku-4-5', displayName: 'Claude Haiku 4.5', provider: 'anthropic', contextWindow: 200_000, maxOutputTokens: 64_000 },
];

export const DEFAULT_MODEL_ID = 'claude-sonnet-5-5';

/** Used when the model is unknown or the caller gave no max (see docs/gateway.md). */
export const FALLBACK_MAX_TOKENS = 4096;

export function findModel(id: string): ModelInfo | undefined {
  return MODELS.find((model) => model.id === id);
}
