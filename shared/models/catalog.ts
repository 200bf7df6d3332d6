/**
 * The static model catalog: what the app knows offline, and the per-model
 * capabilities the gateway translates by (a table, not model-name checks).
 * Figures from Anthropic's model overview and per-model pages
 * (https://platform.claude.com/docs/en/about-claude/models/overview), thinking
 * modes from https://platform.claude.com/docs/en/build-with-claude/adaptive-thinking,
 * effort levels from https://platform.claude.com/docs/en/build-with-claude/effort,
 * structured outputs from https://platform.claude.com/docs/en/build-with-claude/structured-outputs.
 */
export const CATALOG_CHECKED_ON = '2026-11-22';

/**
 * How a model thinks:
 * - `adaptive-always`: adaptive thinking cannot be turned off; `enabled` budgets and
 *   `disabled` are rejected, and so is forced tool use (Fable 5.x, Opus 5.5, Sonnet 5.5).
 * - `adaptive`: `{type:"adaptive"}` + `output_config.effort`; `disabled` accepted;
 *   `enabled` budgets only where `thinkingBudget` is true (the 4.6 models, deprecated there).
 * - `budget`: `{type:"enabled", budget_tokens}` only (Claude 4.5 and earlier).
 * - `none`: no extended thinking.
 */
export type ThinkingMode = 'adaptive-always' | 'adaptive' | 'budget' | 'none';

/** `output_config.effort` levels, lowest first. */
export const EFFORT_LEVELS = ['low', 'medium', 'high', 'xhigh', 'max'] as const;
export type Effort = (typeof EFFORT_LEVELS)[number];

export interface ModelInfo {
  id: string;
  displayName: string;
  provider: 'anthropic';
  /** `current` models are the recommended line-up; `legacy` ones still answer. */
  status: 'current' | 'legacy';
  /** Other ids the API accepts for this model (dated snapshots). */
  aliases?: readonly string[];
  contextWindow: number;
  maxOutputTokens: number;
  thinking: ThinkingMode;
  /** Whether `{type:"enabled", budget_tokens}` is accepted. */
  thinkingBudget: boolean;
  /** Thinks when the request says nothing about thinking. */
  thinkingByDefault: boolean;
  /** Accepted `output_config.effort` values (empty: the parameter is rejected). */
  efforts: readonly Effort[];
  /** `output_config.format` JSON outputs and tool `strict` (GA). */
  structuredOutputs: boolean;
  /** A final assistant message is continued (prefill); 4.6+ models answer 400. */
  prefill: boolean;
  vision: boolean;
  pdf: boolean;
  citations: boolean;
}

type Shape = Omit<ModelInfo, 'id' | 'displayName' | 'provider' | 'status' | 'aliases'>;

const ALL_EFFORTS = EFFORT_LEVELS;
const MEDIA = { vision: true, pdf: true, citations: true } as const;

/** Claude 5.x models that always think (and so never accept forced tool use). */
const ALWAYS_THINKS: Shape = {
  contextWindow: 1_000_000,
  maxOutputTokens: 128_000,
  thinking: 'adaptive-always',
  thinkingBudget: false,
  thinkingByDefault: true,
  efforts: ALL_EFFORTS,
  structuredOutputs: true,
  prefill: false,
  ...MEDIA,
};

/** Adaptive models where thinking can be switched off. */
const ADAPTIVE: Shape = { ...ALWAYS_THINKS, thinking: 'adaptive', thinkingByDefault: false };

/** Claude 4.5 and earlier: budget thinking, prefill, 200K context. */
const BUDGET: Shape = {
  contextWindow: 200_000,
  maxOutputTokens: 64_000,
  thinking: 'budget',
  thinkingBudget: true,
  thinkingByDefault: false,
  efforts: [],
  structuredOutputs: true,
  prefill: true,
  ...MEDIA,
};

function model(id: string, displayName: string, status: ModelInfo['status'], shape: Shape, aliases?: readonly string[]): ModelInfo {
  return { id, displayName, provider: 'anthropic', status, ...(aliases ? { aliases } : {}), ...shape };
}

export const MODELS: readonly ModelInfo[] = [
  model('claude-sonnet-5-5', 'Claude Sonnet 5.5', 'current', ALWAYS_THINKS),
  model('claude-opus-5-5', 'Claude Opus 5.5', 'current', ALWAYS_THINKS),
  model('claude-fable-5-2', 'Claude Fable 5.2', 'current', ALWAYS_THINKS),
  model('claude-haiku-5-5', 'Claude Haiku 5.5', 'current', { ...ADAPTIVE, thinkingByDefault: true }),
  model('claude-fable-5-1', 'Claude Fable 5.1', 'legacy', ALWAYS_THINKS),
  model('claude-fable-5', 'Claude Fable 5', 'legacy', ALWAYS_THINKS),
  model('claude-opus-5', 'Claude Opus 5', 'legacy', { ...ADAPTIVE, thinkingByDefault: true }),
  model('claude-sonnet-5', 'Claude Sonnet 5', 'legacy', ADAPTIVE),
  model('claude-opus-4-8', 'Claude Opus 4.8', 'legacy', ADAPTIVE),
  model('claude-opus-4-7', 'Claude Opus 4.7', 'legacy', ADAPTIVE),
  model('claude-opus-4-6', 'Claude Opus 4.6', 'legacy', { ...ADAPTIVE, thinkingBudget: true, efforts: ['low', 'medium', 'high', 'max'] }),
  model('claude-sonnet-4-6', 'Claude Sonnet 4.6', 'legacy', {
    ...ADAPTIVE,
    maxOutputTokens: 64_000,
    thinkingBudget: true,
    efforts: ['low', 'medium', 'high', 'max'],
  }),
  model('claude-opus-4-5', 'Claude Opus 4.5', 'legacy', { ...BUDGET, efforts: ['low', 'medium', 'high'] }, ['claude-opus-4-5-20251101']),
  model('claude-haiku-4-5', 'Claude Haiku 4.5', 'legacy', BUDGET, ['claude-haiku-4-5-20251001']),
  model('claude-sonnet-4-5', 'Claude Sonnet 4.5', 'legacy', BUDGET, ['claude-sonnet-4-5-20250929']),
  model('claude-opus-4-1', 'Claude Opus 4.1', 'legacy', { ...BUDGET, maxOutputTokens: 32_000, structuredOutputs: false }, [
    'claude-opus-4-1-20250805',
  ]),
];

export const DEFAULT_MODEL_ID = 'claude-sonnet-5-5';

/** Used when the model is unknown or the caller gave no max (see docs/gateway.md). */
export const FALLBACK_MAX_TOKENS = 4096;

const DATE_SUFFIX = /-\d{8}$/;

/** Finds a model by id, alias or dated snapshot id (`claude-opus-5-5-20260922` → `claude-opus-5-5`). */
export function findModel(id: string): ModelInfo | undefined {
  const exact = MODELS.find((entry) => entry.id === id || entry.aliases?.includes(id));
  if (exact || !DATE_SUFFIX.test(id)) return exact;
  return findModel(id.replace(DATE_SUFFIX, ''));
}
