import type { AttachmentRef } from '../../../../shared/chat/attachment';
import type { RunRequest } from '../../../../shared/contract/run-request';
import type { LintIssue } from '../../../../shared/lint/lint-request';
import { prepareRequest } from '../params/prepare-request';
import type { PaneParams } from '../params/types';
import { buildRequest, type RunBlocked } from './build-request';
import type { PanePrompt } from './conversation';

/** Why a pane has nothing to send, or the exact request it sends. */
export type PaneRequest =
  | { ok: true; request: RunRequest }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'blocked'; blocked: RunBlocked }
  | { ok: false; reason: 'check'; issues: LintIssue[] };

/** Something to send: a conversation of only empty messages is not a prompt yet. */
export function hasContent(prompt: Pick<PanePrompt, 'messages'>): boolean {
  return prompt.messages.some((message) => message.role === 'tool' || message.text.trim() !== '' || message.attachments.length > 0 || (message.toolCalls?.length ?? 0) > 0);
}

/** Every file the conversation sends, for the request check's size and page limits. */
export function attachmentsOf(messages: PanePrompt['messages']): AttachmentRef[] {
  return messages.flatMap((message) => (message.role === 'tool' ? [] : message.attachments));
}

/**
 * The request a pane sends for this prompt and these parameters: the template filled in, the
 * parameters applied, and the request check passed. Pure: Run and code export share it, so an
 * exported snippet is the request Run would send.
 */
export function paneRequest(prompt: PanePrompt, params: PaneParams): PaneRequest {
  if (!hasContent(prompt)) return { ok: false, reason: 'empty' };
  const built = buildRequest(prompt);
  if (!built.ok) return { ok: false, reason: 'blocked', blocked: { missing: built.missing, problems: built.problems } };
  const prepared = prepareRequest(built.request, params, attachmentsOf(prompt.messages));
  return prepared.sendable ? { ok: true, request: prepared.request } : { ok: false, reason: 'check', issues: prepared.issues };
}
