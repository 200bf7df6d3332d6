import type { AttachmentRef } from '../../../../shared/chat/attachment';
import type { RunRequest } from '../../../../shared/contract/run-request';
import { lintRequest, type LintIssue } from '../../../../shared/lint/lint-request';
import { findModel } from '../../../../shared/models/catalog';
import { applyParams } from './apply-params';
import type { PaneParams } from './types';

export interface PreparedRequest {
  request: RunRequest;
  /** Parameter errors (invalid tools or schema JSON) first, then the request check's findings. */
  issues: LintIssue[];
  /** False when any issue is an error: Run must not send. */
  sendable: boolean;
}

/** A built request with the pane's parameters applied and checked. Pure. */
export function prepareRequest(request: RunRequest, params: PaneParams, attachments: readonly AttachmentRef[] = []): PreparedRequest {
  const model = findModel(request.model);
  const applied = applyParams(request, params, model);
  const paramIssues: LintIssue[] = applied.ok ? [] : applied.errors.map((message) => ({ severity: 'error', code: 'invalid-params', message }));
  const issues = [...paramIssues, ...lintRequest(applied.request, { model, attachments })];
  return { request: applied.request, issues, sendable: !issues.some((issue) => issue.severity === 'error') };
}
