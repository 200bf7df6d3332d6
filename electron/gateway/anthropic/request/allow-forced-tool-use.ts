import type { ModelInfo } from '../../../../shared/models/catalog';
import { invalidRequest } from '../../errors';
import type { ThinkingPlan } from './resolve-thinking';

/**
 * Forced tool use (`tool_choice` any/tool) and thinking do not mix: the API
 * allows only auto/none while thinking is on, and models that always think
 * reject forced tool use outright. When thinking is on only by the model's
 * default, it is switched off (with a warning) so the caller's choice holds;
 * when the caller asked for thinking, or the model cannot stop, it is a 400.
 * https://platform.claude.com/docs/en/build-with-claude/extended-thinking (feature compatibility)
 * https://platform.claude.com/docs/en/models/opus-5-5/whats-new-opus-5-5 (forced tool use returns an error)
 */
export function allowForcedToolUse(plan: ThinkingPlan, model: ModelInfo, forcedBy: { param: string; what: string }, warnings: string[]): ThinkingPlan {
  if (!plan.on) return plan;
  const { param, what } = forcedBy;
  if (model.thinking === 'adaptive-always') {
    throw invalidRequest(`${param}: ${what} forces tool use, which ${model.id} does not accept because it always thinks; use tool_choice "auto".`, param);
  }
  if (plan.requested) {
    throw invalidRequest(`${param}: ${what} forces tool use, which cannot be combined with thinking; use tool_choice "auto" or turn thinking off.`, param);
  }
  warnings.push(`${what} forces tool use, so thinking (on by default for ${model.id}) was turned off.`);
  return { thinking: { type: 'disabled' }, on: false, requested: false };
}
