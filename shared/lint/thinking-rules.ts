import { FALLBACK_MAX_TOKENS } from '../models/catalog';
import type { LintIssue, LintRule } from './types';
import { effectiveMaxTokens, thinkingOn, thinkingRequested } from './thinking-state';

const SAMPLING = [
  ['temperature', 'temperature'],
  ['top_p', 'top_p'],
  ['top_k', 'top_k'],
] as const;

/** Sampling parameters: dropped for models whose API rejects them; otherwise not combinable with thinking. */
export const samplingRule: LintRule = (request, { model }) => {
  const issues: LintIssue[] = [];
  const set = SAMPLING.filter(([field]) => request[field] != null);
  if (set.length === 0) return issues;
  if (model && model.samplingParams === false) {
    for (const [field, label] of set) {
      issues.push({ severity: 'warning', code: 'sampling-dropped', where: field, message: `${label} is not sent: ${model.displayName}'s API rejects sampling parameters, so the gateway drops it (with a warning).` });
    }
    return issues;
  }
  if (!thinkingOn(request, model)) return issues;
  for (const field of ['temperature', 'top_k'] as const) {
    if (request[field] != null) issues.push({ severity: 'error', code: 'thinking-sampling', where: field, message: `${field} cannot be changed while thinking is on; clear it or turn thinking off.` });
  }
  return issues;
};

/** A thinking budget must leave room for the answer inside max tokens. */
export const budgetRule: LintRule = (request, { model }) => {
  const thinking = request.thinking;
  if (thinking?.type !== 'enabled') return [];
  if (model && !model.thinkingBudget) return [];
  const max = effectiveMaxTokens(request, model, FALLBACK_MAX_TOKENS);
  const budget = thinking.budget_tokens;
  if (budget < 1024) return [{ severity: 'error', code: 'budget-too-small', where: 'thinking.budget_tokens', message: `The thinking budget (${budget}) is below the minimum of 1,024 tokens.` }];
  if (budget < max) return [];
  return [
    {
      severity: 'error',
      code: 'budget-over-max',
      where: 'thinking.budget_tokens',
      message: `The thinking budget (${budget.toLocaleString('en-US')}) must be below max tokens (${max.toLocaleString('en-US')}), which counts thinking and answer together; raise max tokens or lower the budget.`,
    },
  ];
};

/** The thinking kind asked for, against what the model supports. */
export const thinkingKindRule: LintRule = (request, { model }) => {
  const thinking = request.thinking;
  if (!model || !thinking) return [];
  const where = 'thinking';
  if (thinking.type !== 'disabled' && model.thinking === 'none') return [{ severity: 'error', code: 'thinking-unsupported', where, message: `${model.displayName} has no extended thinking; turn thinking off.` }];
  if (thinking.type === 'enabled' && !model.thinkingBudget) {
    return [{ severity: 'warning', code: 'thinking-budget-unsupported', where, message: `${model.displayName} takes no thinking budget; it is sent as adaptive thinking (choose an effort instead).` }];
  }
  if (thinking.type === 'adaptive' && model.thinking === 'budget') {
    return [{ severity: 'warning', code: 'thinking-adaptive-unsupported', where, message: `${model.displayName} has no adaptive thinking; it is sent with a fixed budget picked from the effort.` }];
  }
  if (thinking.type === 'disabled' && model.thinking === 'adaptive-always') {
    return [{ severity: 'warning', code: 'thinking-always-on', where, message: `${model.displayName} always thinks; thinking cannot be turned off.` }];
  }
  return [];
};

/** A final assistant message (prefill) is refused with thinking on, and by models without prefill. */
export const prefillRule: LintRule = (request, { model }) => {
  const last = request.messages.at(-1);
  if (last?.role !== 'assistant') return [];
  const where = `messages.${request.messages.length - 1}`;
  if (model && !model.prefill) return [{ severity: 'error', code: 'prefill-unsupported', where, message: `${model.displayName} does not continue a final assistant message (prefill); end with a user message.` }];
  if (thinkingOn(request, model)) return [{ severity: 'error', code: 'prefill-thinking', where, message: 'A final assistant message (prefill) cannot be combined with thinking; remove it or turn thinking off.' }];
  return [];
};

/** Forcing a tool (required or a named tool) is refused while thinking is on. */
export const forcedToolRule: LintRule = (request, { model }) => {
  const choice = request.tool_choice;
  if (!(choice === 'required' || typeof choice === 'object')) return [];
  if (model?.thinking === 'adaptive-always') {
    return [{ severity: 'error', code: 'forced-tool-always-thinks', where: 'tool_choice', message: `${model.displayName} always thinks and so refuses forced tool use; use tool choice auto.` }];
  }
  if (thinkingRequested(request)) {
    return [{ severity: 'error', code: 'forced-tool-thinking', where: 'tool_choice', message: 'Forcing a tool cannot be combined with thinking; use tool choice auto or turn thinking off.' }];
  }
  return [];
};
