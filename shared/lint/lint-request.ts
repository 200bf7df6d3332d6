import type { RunRequest } from '../contract/run-request';
import { breakpointCountRule, cacheMinimumRule } from './cache-rules';
import { attachmentLimitsRule, capabilityRule } from './media-rules';
import { budgetRule, forcedToolRule, prefillRule, samplingRule, thinkingKindRule } from './thinking-rules';
import type { LintContext, LintIssue, LintRule } from './types';

export type { LintContext, LintIssue } from './types';

const RULES: readonly LintRule[] = [budgetRule, samplingRule, thinkingKindRule, prefillRule, forcedToolRule, breakpointCountRule, cacheMinimumRule, attachmentLimitsRule, capabilityRule];

/**
 * What would go wrong with a request before it is sent: errors (refused by the API or
 * the gateway, so the playground does not send) first, then warnings (sent as is).
 */
export function lintRequest(request: RunRequest, context: LintContext = {}): LintIssue[] {
  const issues = RULES.flatMap((rule) => rule(request, context));
  return [...issues.filter((issue) => issue.severity === 'error'), ...issues.filter((issue) => issue.severity === 'warning')];
}
