import type { AttachmentRef } from '../chat/attachment';
import type { RunRequest } from '../contract/run-request';
import type { ModelInfo } from '../models/catalog';

export interface LintIssue {
  /** Errors would be refused (by the API or the gateway) or silently wrong; warnings are sent as they are. */
  severity: 'error' | 'warning';
  /** Stable identifier of the rule, for tests and filtering. */
  code: string;
  /** One sentence: what is wrong and what to do. */
  message: string;
  /** The part of the request concerned, e.g. "thinking.budget_tokens" or "tools.2". */
  where?: string;
}

export interface LintContext {
  /** The catalog entry of the request's model; rules about capabilities are skipped without it. */
  model?: ModelInfo;
  /** The attachments the prompt carries. */
  attachments?: readonly AttachmentRef[];
}

export type LintRule = (request: RunRequest, context: LintContext) => LintIssue[];
