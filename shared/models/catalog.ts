/**
 * The static model catalog: what the app knows offline, and the per-model
 * capabilities the gateway translates by (a table, not model-name checks).
 * Figures from Anthropic's model overview and per-model pages
 * (https://platform.claude.com/docs/en/about-claude/models/overview), thinking
 * modes from https://platform.claude.com/docs/en/build-with-claude/adaptive-thinking,
 * effort levels from https://platform.claude.com/docs/en/build-with-claude/effort,
 * structured outputs from https://platform.claude.com/docs/en/build-with-claude/structured-outputs,
 * cache minimums from https://platform.claude.com/docs/en/build-with-claude/prompt-caching#cache-limitations,
 * prices (and where each comes from) in ./prices.ts.
 */
import { PRICES, type ModelPrices, type PricedModelId } from './prices';

export { PRICES_CHECKED_ON, type ModelPrices, type TokenRates } from './prices';

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
  // The three below are optional only so that a model assumed from outside the catalog
  // (the gateway's guess for an unknown id) can leave them out; every catalog entry has them.
  /**
   * Whether `temperature`, `top_p` and `top_k` are accepted. False for every model: API
   * version 2026-10-21, which the gateway sends, answers 400 to any of them at any value,
   * defaults included (on 2023-06-01, 4.7 and later models rejected non-default values only).
   */
  samplingParams?: boolean;
  /** Shorter prompts are not cached even when marked, and no error says so. */
  minCacheableTokens?: number;
  /** USD per million tokens, checked on PRICES_CHECKED_ON. */
  prices?: ModelPrices;
}

/** A catalog entry: nothing ModelInfo may leave out is unknown. */
export type CatalogModel = ModelInfo & Required<Pick<ModelInfo, 'samplingParams' | 'minCacheableTokens' | 'prices'>>;

/** What the UI shows about a model (and the playground's request linter checks against). */
export type ModelCapabilities = Pick<CatalogModel, 'vision' | 'pdf' | 'citations' | 'thinking' | 'structuredOutputs' | 'samplingParams' | 'minCacheableTokens'>;

type Shape = Omit<CatalogModel, 'id' | 'displayName' | 'provider' | 'status' | 'aliases' | 'prices' | 'minCacheableTokens'>;

/** Per-model figures that do not follow the family shape (prices come from ./prices.ts by id). */
interface Listing {
  minCacheableTokens: number;
  aliases?: readonly string[];
}

const ALL_EFFORTS = EFFORT_LEVELS;
const MEDIA = { vision: true, pdf: true, citations: true } as const;
/** API version 2026-10-21 takes no sampling parameters on any model (see ModelCapabilities). */
const NO_SAMPLING = { samplingParams: false } as const;

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
  ...NO_SAMPLING,
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
  ...NO_SAMPLING,
};

function model(id: PricedModelId, displayName: string, status: ModelInfo['status'], shape: Shape, listing: Listing): CatalogModel {
  const { minCacheableTokens, aliases } = listing;
  return { id, displayName, provider: 'anthropic', status, ...(aliases ? { aliases } : {}), ...shape, minCacheableTokens, prices: PRICES[id] };
}

/**
 * Cache minimums as the prompt-caching page lists them: 512 for the Claude 5.x models
 * except Sonnet 5, 1,024 for Sonnet 5, Opus 4.8, Sonnet 4.6 / 4.5 and Opus 4.1, 2,048 for
 * Opus 4.7, 4,096 for Opus 4.6 / 4.5 and Haiku 4.5. Fable 5.2 is not on the copies of
 * that page we could read; it is given Fable 5 and 5.1's 512 until the page says otherwise.
 */
export const MODELS: readonly CatalogModel[] = [
  model('claude-sonnet-5-5', 'Claude Sonnet 5.5', 'current', ALWAYS_THINKS, { minCacheableTokens: 512 }),
  model('claude-opus-5-5', 'Claude Opus 5.5', 'current', ALWAYS_THINKS, { minCacheableTokens: 512 }),
  model('claude-fable-5-2', 'Claude Fable 5.2', 'current', ALWAYS_THINKS, { minCacheableTokens: 512 }),
  model('claude-haiku-5-5', 'Claude Haiku 5.5', 'current', { ...ADAPTIVE, thinkingByDefault: true }, { minCacheableTokens: 512 }),
  model('claude-fable-5-1', 'Claude Fable 5.1', 'legacy', ALWAYS_THINKS, { minCacheableTokens: 512 }),
  model('claude-fable-5', 'Claude Fable 5', 'legacy', ALWAYS_THINKS, { minCacheableTokens: 512 }),
  model('claude-opus-5', 'Claude Opus 5', 'legacy', { ...ADAPTIVE, thinkingByDefault: true }, { minCacheableTokens: 512 }),
  model('claude-sonnet-5', 'Claude Sonnet 5', 'legacy', ADAPTIVE, { minCacheableTokens: 1024 }),
  model('claude-opus-4-8', 'Claude Opus 4.8', 'legacy', ADAPTIVE, { minCacheableTokens: 1024 }),
  model('claude-opus-4-7', 'Claude Opus 4.7', 'legacy', ADAPTIVE, { minCacheableTokens: 2048 }),
  model('claude-opus-4-6', 'Claude Opus 4.6', 'legacy', { ...ADAPTIVE, thinkingBudget: true, efforts: ['low', 'medium', 'high', 'max'] }, { minCacheableTokens: 4096 }),
  model(
    'claude-sonnet-4-6',
    'Claude Sonnet 4.6',
    'legacy',
    { ...ADAPTIVE, maxOutputTokens: 64_000, thinkingBudget: true, efforts: ['low', 'medium', 'high', 'max'] },
    { minCacheableTokens: 1024 },
  ),
  model('claude-opus-4-5', 'Claude Opus 4.5', 'legacy', { ...BUDGET, efforts: ['low', 'medium', 'high'] }, { minCacheableTokens: 4096, aliases: ['claude-opus-4-5-20251101'] }),
  model('claude-haiku-4-5', 'Claude Haiku 4.5', 'legacy', BUDGET, { minCacheableTokens: 4096, aliases: ['claude-haiku-4-5-20251001'] }),
  model('claude-sonnet-4-5', 'Claude Sonnet 4.5', 'legacy', BUDGET, { minCacheableTokens: 1024, aliases: ['claude-sonnet-4-5-20250929'] }),
  model(
    'claude-opus-4-1',
    'Claude Opus 4.1',
    'legacy',
    { ...BUDGET, maxOutputTokens: 32_000, structuredOutputs: false },
    { minCacheableTokens: 1024, aliases: ['claude-opus-4-1-20250805'] },
  ),
];

export const DEFAULT_MODEL_ID = 'claude-sonnet-5-5';

/** Used when the model is unknown or the caller gave no max (see docs/gateway.md). */
export const FALLBACK_MAX_TOKENS = 4096;

const DATE_SUFFIX = /-\d{8}$/;

/** Finds a model by id, alias or dated snapshot id (`claude-opus-5-5-20260922` → `claude-opus-5-5`). */
export function findModel(id: string): CatalogModel | undefined {
  return findModelIn(MODELS, id);
}

/** findModel over any list of models (the live/catalog merge passes its own). */
export function findModelIn<M extends ModelInfo>(models: readonly M[], id: string): M | undefined {
  const exact = models.find((entry) => entry.id === id || entry.aliases?.includes(id));
  if (exact || !DATE_SUFFIX.test(id)) return exact;
  return findModelIn(models, id.replace(DATE_SUFFIX, ''));
}
