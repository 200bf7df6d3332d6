import type { AttachmentPart, AttachmentRef } from '../../../../shared/chat/attachment';
import type { RunRequest } from '../../../../shared/contract';
import { renderTemplate, type TemplateProblem } from '../../../../shared/template';
import type { PanePrompt } from './store';

export type PromptField = 'System prompt' | 'User message';

/** Why a prompt cannot be sent: variables without a value, and template problems with where they are. */
export interface RunBlocked {
  missing: string[];
  problems: { field: PromptField; problem: TemplateProblem }[];
}

export type BuildResult = { ok: true; request: RunRequest } | ({ ok: false } & RunBlocked);

/**
 * The OpenAI-format request a pane sends, with `{{variables}}` filled in. Pure, so export
 * and tests see exactly what runs. Refuses (with every reason) rather than send a prompt with holes.
 */
export function buildRequest(prompt: PanePrompt): BuildResult {
  const system = renderTemplate(prompt.system, prompt.values);
  const user = renderTemplate(prompt.user, prompt.values);
  if (!system.ok || !user.ok) {
    const missing = new Set<string>();
    const problems: RunBlocked['problems'] = [];
    for (const [field, result] of [['System prompt', system], ['User message', user]] as const) {
      if (result.ok) continue;
      result.missing.forEach((name) => missing.add(name));
      problems.push(...result.problems.map((problem) => ({ field, problem })));
    }
    return { ok: false, missing: [...missing], problems };
  }
  const messages: RunRequest['messages'] = [];
  if (system.text.trim() !== '') messages.push({ role: 'system', content: system.text });
  const attachments = prompt.attachments ?? [];
  messages.push({ role: 'user', content: attachments.length === 0 ? user.text : [{ type: 'text', text: user.text }, ...attachments.map(attachmentPart)] });
  return { ok: true, request: { model: prompt.model, messages, stream: true, stream_options: { include_usage: true } } };
}

/** A stored file as runs.start carries it: a reference and the PDF's document options, never bytes. */
export function attachmentPart(ref: AttachmentRef): AttachmentPart {
  const part: AttachmentPart = { type: 'duet_attachment', attachment: { id: ref.id, name: ref.name } };
  if (ref.mime !== 'application/pdf') return part;
  if (ref.citations) part.citations = { enabled: true };
  if (ref.title?.trim()) part.title = ref.title.trim();
  if (ref.context?.trim()) part.context = ref.context.trim();
  return part;
}

/** One line per reason, for the alert a blocked Run shows. */
export function describeBlocked(blocked: RunBlocked): string[] {
  const lines: string[] = [];
  if (blocked.missing.length > 0) {
    const noun = blocked.missing.length === 1 ? 'variable' : 'variables';
    lines.push(`Missing ${noun}: ${blocked.missing.join(', ')}. Give each a value in Variables.`);
  }
  for (const { field, problem } of blocked.problems) {
    lines.push(`${field}, line ${problem.line}: ${problem.message}`);
  }
  return lines;
}
