import type { ThinkingConfigParam } from '@anthropic-ai/sdk/resources/messages/messages';
import type { ChatRequest } from '../../../../shared/chat/request-schema';
import { EFFORT_LEVELS, type Effort, type ModelInfo } from '../../../../shared/models/catalog';
import { invalidRequest } from '../../errors';

export interface ThinkingPlan {
  thinking?: ThinkingConfigParam;
  effort?: Effort;
  /** `budget_tokens` of an `enabled` config, before it is clamped below max_tokens. */
  budget?: number;
  /** Claude will think (asked for, or the model's default). */
  on: boolean;
  /** The caller asked for thinking or effort; false when `on` comes from the model's default. */
  requested: boolean;
}

type ReasoningEffort = NonNullable<ChatRequest['reasoning_effort']>;
type ExplicitThinking = NonNullable<ChatRequest['thinking']>;

/** Fixed budgets for budget-only models, so cost is predictable (reference A23, LiteLLM's table). */
const BUDGETS: Record<Exclude<ReasoningEffort, 'none'>, number> = { minimal: 1024, low: 1024, medium: 2048, high: 4096, xhigh: 8192, max: 16384 };

/**
 * `thinking` (Anthropic extension) and `reasoning_effort` → `thinking` +
 * `output_config.effort`, per the model's thinking mode in the catalog (A22, A23).
 * Adaptive models get `{type:"adaptive"}` + effort, budget models a fixed budget.
 * https://platform.claude.com/docs/en/build-with-claude/adaptive-thinking
 * https://platform.claude.com/docs/en/build-with-claude/extended-thinking
 * https://platform.claude.com/docs/en/build-with-claude/effort
 */
export function resolveThinking(request: ChatRequest, model: ModelInfo, warnings: string[]): ThinkingPlan {
  const effort = request.reasoning_effort ?? undefined;
  if (request.thinking) return explicit(request.thinking, effort, model, warnings);
  if (effort) return fromEffort(effort, model, warnings);
  return { on: model.thinking === 'adaptive-always' || model.thinkingByDefault, requested: false };
}

function fromEffort(effort: ReasoningEffort, model: ModelInfo, warnings: string[]): ThinkingPlan {
  if (model.thinking === 'none') {
    warnings.push(`reasoning_effort was dropped: ${model.id} has no extended thinking.`);
    return { on: false, requested: false };
  }
  if (effort === 'none') return noThinking(model, warnings);
  if (model.thinking === 'budget') return enabled(BUDGETS[effort]);
  // Adaptive thinking hides its text by default on newer models; a caller asking
  // for reasoning wants to read it (reasoning_content), so ask for the summary.
  return adaptive({ type: 'adaptive', display: 'summarized' }, effort, model, warnings);
}

/** reasoning_effort "none": omit thinking, or switch it off where it is on by default. */
function noThinking(model: ModelInfo, warnings: string[]): ThinkingPlan {
  if (model.thinking === 'adaptive-always') {
    warnings.push(`${model.id} always thinks; reasoning_effort "none" was sent as the lowest effort.`);
    return withEffort({ on: true, requested: true }, 'low', model, warnings);
  }
  return model.thinkingByDefault ? { thinking: { type: 'disabled' }, on: false, requested: true } : { on: false, requested: true };
}

function explicit(thinking: ExplicitThinking, effort: ReasoningEffort | undefined, model: ModelInfo, warnings: string[]): ThinkingPlan {
  if (thinking.type === 'disabled') {
    if (effort !== 'none') ignoreEffort(effort, 'thinking is disabled', warnings);
    if (model.thinking === 'adaptive-always') {
      warnings.push(`${model.id} always thinks; thinking {type: "disabled"} was not sent.`);
      return { on: true, requested: true };
    }
    return model.thinking === 'none' ? { on: false, requested: true } : { thinking, on: false, requested: true };
  }
  if (model.thinking === 'none') throw invalidRequest(`thinking: ${model.id} does not support extended thinking.`, 'thinking');
  const display = thinking.display ? { display: thinking.display } : {};
  if (thinking.type === 'enabled') {
    if (model.thinkingBudget) {
      ignoreEffort(effort, 'the thinking budget was given explicitly', warnings);
      return enabled(thinking.budget_tokens, thinking.display);
    }
    warnings.push(`${model.id} does not accept thinking budgets; sent adaptive thinking instead (reasoning_effort steers its depth).`);
    return adaptive({ type: 'adaptive', ...display }, effort, model, warnings);
  }
  if (model.thinking === 'budget') {
    const budget = BUDGETS[effort === undefined || effort === 'none' ? 'medium' : effort];
    warnings.push(`${model.id} has no adaptive thinking; sent extended thinking with a ${budget}-token budget.`);
    return enabled(budget, thinking.display);
  }
  return adaptive({ type: 'adaptive', ...display }, effort, model, warnings);
}

function enabled(budget: number, display?: 'summarized' | 'omitted'): ThinkingPlan {
  return { thinking: { type: 'enabled', budget_tokens: budget, ...(display ? { display } : {}) }, budget, on: true, requested: true };
}

function adaptive(thinking: ThinkingConfigParam, effort: ReasoningEffort | undefined, model: ModelInfo, warnings: string[]): ThinkingPlan {
  const plan: ThinkingPlan = { thinking, on: true, requested: true };
  if (effort === undefined) return plan;
  if (effort === 'none') {
    ignoreEffort(effort, 'thinking was asked for explicitly', warnings);
    return plan;
  }
  return withEffort(plan, effort === 'minimal' ? 'low' : effort, model, warnings);
}

/** The asked effort, or the highest level below it that the model accepts. */
function withEffort(plan: ThinkingPlan, wanted: Effort, model: ModelInfo, warnings: string[]): ThinkingPlan {
  if (model.efforts.includes(wanted)) return { ...plan, effort: wanted };
  const lower = EFFORT_LEVELS.slice(0, EFFORT_LEVELS.indexOf(wanted)).filter((level) => model.efforts.includes(level)).at(-1);
  warnings.push(
    lower ? `${model.id} has no "${wanted}" effort; sent "${lower}".` : `${model.id} does not accept an effort level; "${wanted}" was dropped.`,
  );
  return lower ? { ...plan, effort: lower } : plan;
}

function ignoreEffort(effort: ReasoningEffort | undefined, why: string, warnings: string[]): void {
  if (effort !== undefined) warnings.push(`reasoning_effort "${effort}" was ignored: ${why}.`);
}
