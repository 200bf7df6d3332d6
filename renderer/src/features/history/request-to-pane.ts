import type { AttachmentMime, AttachmentRef } from '../../../../shared/chat/attachment';
import type { RunMessage, RunRequest } from '../../../../shared/contract/run-request';
import { EFFORT_LEVELS, type Effort } from '../../../../shared/models/catalog';
import type { PromptDoc } from '../compare/panes';
import type { CacheTtl, PromptMessage } from '../pane/conversation';
import { DEFAULT_PARAMS, type PaneParams } from '../params/types';
import { toolNames, type RequestTool } from '../params/validate-tools';

/** A pane rebuilt from a recorded request, with what could not be brought back, said in words. */
export interface PaneFromRequest {
  model: string;
  params: PaneParams;
  prompt: PromptDoc;
  lost: string[];
}

const MIME_BY_EXTENSION: Record<string, AttachmentMime> = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp' };

/** The request carries an attachment's id and name only: its type is read from the name, its size is unknown (0). */
export function attachmentFromPart(part: { attachment: { id: string; name: string }; citations?: { enabled: boolean }; title?: string; context?: string }): AttachmentRef {
  const extension = part.attachment.name.split('.').pop()?.toLowerCase() ?? '';
  const ref: AttachmentRef = { id: part.attachment.id, name: part.attachment.name, mime: MIME_BY_EXTENSION[extension] ?? 'application/pdf', size: 0 };
  if (part.citations?.enabled) ref.citations = true;
  if (part.title) ref.title = part.title;
  if (part.context) ref.context = part.context;
  return ref;
}

const ttlOf = (cache: { ttl?: '5m' | '1h' } | undefined): CacheTtl | undefined => (cache ? (cache.ttl ?? '5m') : undefined);

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.flatMap((part: { type?: string; text?: unknown }) => (part.type === 'text' && typeof part.text === 'string' ? [part.text] : [])).join('\n');
}

/** One recorded message as the pane's conversation keeps it; system messages are gathered apart. */
type TurnRunMessage = Exclude<RunMessage, { role: 'system' | 'developer' }>;
const isSystem = (message: RunMessage): message is Extract<RunMessage, { role: 'system' | 'developer' }> => message.role === 'system' || message.role === 'developer';

function toPromptMessage(message: TurnRunMessage, id: string, namesById: Map<string, string>, lost: string[]): PromptMessage {
  const cache = ttlOf(message.cache_control ?? undefined);
  const withCache = <T extends object>(value: T): T => (cache ? { ...value, cache } : value);
  if (message.role === 'tool') {
    return withCache({ id, role: 'tool', toolCallId: message.tool_call_id, toolName: namesById.get(message.tool_call_id) ?? 'tool', text: textOf(message.content), isError: message.is_error === true });
  }
  if (message.role === 'user') {
    const parts = typeof message.content === 'string' ? [] : message.content;
    const attachments = parts.flatMap((part) => (part.type === 'duet_attachment' ? [attachmentFromPart(part as Parameters<typeof attachmentFromPart>[0])] : []));
    const other = parts.filter((part) => part.type !== 'duet_attachment' && part.type !== 'text').length;
    if (other > 0) lost.push(`${other} content part${other === 1 ? '' : 's'} other than text and stored attachments`);
    return withCache({ id, role: 'user', text: textOf(message.content), attachments });
  }
  const toolCalls = (message.tool_calls ?? []).map((call) => ({ id: call.id, name: call.function.name, arguments: call.function.arguments }));
  for (const call of toolCalls) namesById.set(call.id, call.name);
  return withCache({
    id,
    role: 'assistant',
    text: textOf(message.content),
    attachments: [],
    ...(toolCalls.length ? { toolCalls } : {}),
    ...(message.thinking_blocks?.length ? { thinkingBlocks: message.thinking_blocks } : {}),
  });
}

function toolParams(request: RunRequest): Partial<PaneParams> {
  if (!request.tools?.length) return {};
  let cacheToolName = '';
  let cacheTtl: PaneParams['cacheTtl'] = 'off';
  const tools = request.tools.map((tool) => {
    const { cache_control: cache, ...rest } = tool as typeof tool & { cache_control?: { ttl?: '5m' | '1h' } };
    if (!cache) return rest;
    cacheTtl = cache.ttl ?? '5m';
    cacheToolName = toolNames([rest as RequestTool])[0] ?? '';
    return rest;
  });
  const choice = request.tool_choice;
  return {
    toolsJson: JSON.stringify(tools, null, 2),
    cacheToolName,
    cacheTtl,
    toolChoice: typeof choice === 'object' ? 'tool' : (choice ?? 'auto'),
    toolChoiceName: typeof choice === 'object' ? choice.function.name : '',
    parallelToolCalls: request.parallel_tool_calls !== false,
  };
}

/** The pane parameters that would send these request fields (applyParams, read backwards). */
export function paramsFromRequest(request: RunRequest): PaneParams {
  const stop = request.stop == null ? [] : typeof request.stop === 'string' ? [request.stop] : request.stop;
  const effort = EFFORT_LEVELS.find((level) => level === request.reasoning_effort) as Effort | undefined;
  const thinking = request.thinking;
  const format = request.response_format;
  return {
    ...DEFAULT_PARAMS,
    maxTokens: request.max_completion_tokens ?? request.max_tokens ?? null,
    temperature: request.temperature ?? null,
    topP: request.top_p ?? null,
    topK: request.top_k ?? null,
    stop,
    ...(thinking?.type === 'enabled' ? { thinking: 'budget' as const, budgetTokens: thinking.budget_tokens } : {}),
    ...(thinking?.type === 'adaptive' ? { thinking: 'adaptive' as const } : {}),
    ...(effort ? { effort } : {}),
    ...toolParams(request),
    ...(format?.type === 'json_schema' ? { schemaJson: JSON.stringify(format.json_schema.schema ?? {}, null, 2), schemaName: format.json_schema.name } : {}),
  };
}

/**
 * A recorded request as a pane: system messages joined into the system prompt, every other message
 * as a turn, the parameters read back. The text is the rendered template (the request holds no variables).
 */
export function paneFromRequest(request: RunRequest, newId: () => string): PaneFromRequest {
  const lost: string[] = [];
  const namesById = new Map<string, string>();
  const systems = request.messages.filter(isSystem);
  const messages = request.messages.flatMap((message) => (isSystem(message) ? [] : [toPromptMessage(message, newId(), namesById, lost)]));
  const systemCache = ttlOf(systems.find((message) => message.cache_control)?.cache_control ?? undefined);
  const prompt: PromptDoc = { system: systems.map((message) => textOf(message.content)).join('\n\n'), ...(systemCache ? { systemCache } : {}), messages, values: {} };
  return { model: request.model, params: paramsFromRequest(request), prompt, lost };
}
