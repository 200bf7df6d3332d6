import type { AttachmentPart, AttachmentRef } from '../../../../shared/chat/attachment';
import type { RunRequest } from '../../../../shared/contract';
import { renderTemplate } from '../../../../shared/template';
import { messageLabel, type CacheTtl, type PanePrompt, type PromptMessage } from './conversation';

/** One reason a prompt cannot be sent, with the editor it is in. */
export interface BlockedProblem {
  field: string;
  line?: number;
  message: string;
}

/** Why a prompt cannot be sent: variables without a value, and problems with where they are. */
export interface RunBlocked {
  missing: string[];
  problems: BlockedProblem[];
}

type CacheControl = { type: 'ephemeral'; ttl: CacheTtl };

export type BuildResult = { ok: true; request: RunRequest } | ({ ok: false } & RunBlocked);

const cacheControl = (ttl: CacheTtl | undefined): { cache_control?: CacheControl } => (ttl ? { cache_control: { type: 'ephemeral', ttl } } : {});

/**
 * The OpenAI-format request a pane sends, with `{{variables}}` filled in. Pure, so export
 * and tests see exactly what runs. Refuses (with every reason) rather than send a prompt with holes.
 */
export function buildRequest(prompt: PanePrompt): BuildResult {
  const missing = new Set<string>();
  const problems: BlockedProblem[] = [];
  const render = (field: string, text: string): string => {
    const result = renderTemplate(text, prompt.values);
    if (result.ok) return result.text;
    result.missing.forEach((name) => missing.add(name));
    problems.push(...result.problems.map(({ line, message }) => ({ field, line, message })));
    return text;
  };

  const system = render('System prompt', prompt.system);
  const texts = prompt.messages.map((message, i) => {
    const field = messageLabel(prompt.messages, i);
    // Tool results are data (often JSON, full of braces), not templates: they go as typed.
    const text = message.role === 'tool' ? message.text : render(field, message.text);
    if (isEmpty(message, text)) problems.push({ field, message: 'The message is empty. Write something or delete it.' });
    return text;
  });
  if (missing.size > 0 || problems.length > 0) return { ok: false, missing: [...missing], problems };

  const messages: RunRequest['messages'] = [];
  if (system.trim() !== '') messages.push({ role: 'system', content: system, ...cacheControl(prompt.systemCache) });
  prompt.messages.forEach((message, i) => messages.push(toChatMessage(message, texts[i] ?? '')));
  return { ok: true, request: { model: prompt.model, messages, stream: true, stream_options: { include_usage: true } } };
}

/** Anthropic refuses empty text turns; a turn with tool calls, thinking or attachments is not empty. */
function isEmpty(message: PromptMessage, text: string): boolean {
  if (text.trim() !== '' || message.role === 'tool') return false;
  return message.attachments.length === 0 && !message.toolCalls?.length && !message.thinkingBlocks?.length;
}

function toChatMessage(message: PromptMessage, text: string): RunRequest['messages'][number] {
  const cache = cacheControl(message.cache);
  switch (message.role) {
    case 'tool':
      return { role: 'tool', tool_call_id: message.toolCallId, content: text, is_error: message.isError, ...cache };
    case 'user':
      if (message.attachments.length === 0) return { role: 'user', content: text, ...cache };
      return {
        role: 'user',
        content: [
          { type: 'text', text },
          ...message.attachments.map(attachmentPart),
        ],
        ...cache,
      };
    case 'assistant':
      return {
        role: 'assistant',
        // A turn of only tool calls and thinking has no text block at all.
        ...(text !== '' || !message.toolCalls?.length ? { content: text } : {}),
        ...(message.toolCalls?.length
          ? { tool_calls: message.toolCalls.map((call) => ({ id: call.id, type: 'function' as const, function: { name: call.name, arguments: call.arguments } })) }
          : {}),
        ...(message.thinkingBlocks?.length ? { thinking_blocks: message.thinkingBlocks } : {}),
        ...cache,
      };
  }
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
  for (const { field, line, message } of blocked.problems) {
    lines.push(line === undefined ? `${field}: ${message}` : `${field}, line ${line}: ${message}`);
  }
  return lines;
}
