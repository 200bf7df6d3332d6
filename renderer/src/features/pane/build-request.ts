import type { ChatRequest } from '../../../../shared/chat/request-schema';
import { renderTemplate, type TemplateProblem } from '../../../../shared/template';
import type { PanePrompt } from './store';

export type PromptField = 'System prompt' | 'User message';

/** Why a prompt cannot be sent: variables without a value, and template problems with where they are. */
export interface RunBlocked {
  missing: string[];
  problems: { field: PromptField; problem: TemplateProblem }[];
}

export type BuildResult = { ok: true; request: ChatRequest } | ({ ok: false } & RunBlocked);

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
  const messages: ChatRequest['messages'] = [];
  if (system.text.trim() !== '') messages.push({ role: 'system', content: system.text });
  messages.push({ role: 'user', content: user.text });
  return { ok: true, request: { model: prompt.model, messages, stream: true, stream_options: { include_usage: true } } };
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
