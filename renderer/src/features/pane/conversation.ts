import type { AttachmentRef } from '../../../../shared/chat/attachment';
import type { ThinkingBlock } from '../../../../shared/chat/chunk';

/** Anthropic's cache lifetimes; a marked part ends a cached prefix. */
export type CacheTtl = '5m' | '1h';

/** Anthropic accepts at most this many cache breakpoints per request. */
export const MAX_CACHE_BREAKPOINTS = 4;

export interface PromptToolCall {
  id: string;
  name: string;
  /** The JSON text as the model streamed it, sent back unchanged. */
  arguments: string;
}

export interface TurnMessage {
  id: string;
  role: 'user' | 'assistant';
  text: string;
  attachments: AttachmentRef[];
  cache?: CacheTtl;
  /** Signed blocks from the answer this turn came from; sent back byte-identical. */
  thinkingBlocks?: ThinkingBlock[];
  toolCalls?: PromptToolCall[];
}

export interface ToolMessage {
  id: string;
  role: 'tool';
  toolCallId: string;
  toolName: string;
  text: string;
  isError: boolean;
  cache?: CacheTtl;
}

export type PromptMessage = TurnMessage | ToolMessage;

export interface PanePrompt {
  model: string;
  system: string;
  systemCache?: CacheTtl;
  messages: PromptMessage[];
  /** Values of `{{variables}}` by name. A name with no own key is unset; '' is a value. */
  values: Record<string, string>;
}

/** What a finished run hands to the conversation. */
export interface RunAnswer {
  text: string;
  thinkingBlocks: readonly ThinkingBlock[];
  toolCalls: readonly PromptToolCall[];
}

export interface ToolResultInput {
  toolCallId: string;
  toolName: string;
  text: string;
  isError: boolean;
}

export function newTurn(id: string, role: TurnMessage['role'], text = ''): TurnMessage {
  return { id, role, text, attachments: [] };
}

/** The name a message's editor (and its problems) go by. A lone user message keeps its old name. */
export function messageLabel(messages: readonly PromptMessage[], index: number): string {
  const message = messages[index];
  if (!message) return `Message ${index + 1}`;
  if (messages.length === 1 && message.role === 'user') return 'User message';
  const role = message.role === 'tool' ? `tool result for ${message.toolName}` : message.role;
  return `Message ${index + 1} (${role})`;
}

/** The texts that are templates: the system prompt and every user and assistant message (tool results are data). */
export function templateTexts(prompt: Pick<PanePrompt, 'system' | 'messages'>): string[] {
  return [prompt.system, ...prompt.messages.filter((message) => message.role !== 'tool').map((message) => message.text)];
}

/** A new message takes the role that alternates with the last one. */
export function addMessage(messages: readonly PromptMessage[], id: string): PromptMessage[] {
  const last = messages.at(-1);
  return [...messages, newTurn(id, last?.role === 'user' ? 'assistant' : 'user')];
}

export function removeMessage(messages: readonly PromptMessage[], id: string): PromptMessage[] {
  return messages.filter((message) => message.id !== id);
}

/** Swaps a message with its neighbour; a move past either end changes nothing. */
export function moveMessage(messages: readonly PromptMessage[], id: string, by: -1 | 1): PromptMessage[] {
  const from = messages.findIndex((message) => message.id === id);
  const to = from + by;
  const moving = messages[from];
  const other = messages[to];
  if (from === -1 || !moving || !other) return [...messages];
  const next = [...messages];
  next[to] = moving;
  next[from] = other;
  return next;
}

/** A user turn cannot carry thinking or tool calls, so they go when an assistant turn becomes one. */
export function setRole(messages: readonly PromptMessage[], id: string, role: TurnMessage['role']): PromptMessage[] {
  return messages.map((message) => {
    if (message.id !== id || message.role === 'tool' || message.role === role) return message;
    const { thinkingBlocks: _thinking, toolCalls: _calls, ...rest } = message;
    return role === 'user' ? { ...rest, role } : { ...message, role };
  });
}

export function setText(messages: readonly PromptMessage[], id: string, text: string): PromptMessage[] {
  return messages.map((message) => (message.id === id ? { ...message, text } : message));
}

export function setAttachments(messages: readonly PromptMessage[], id: string, attachments: AttachmentRef[]): PromptMessage[] {
  return messages.map((message) => (message.id === id && message.role !== 'tool' ? { ...message, attachments } : message));
}

export function setToolError(messages: readonly PromptMessage[], id: string, isError: boolean): PromptMessage[] {
  return messages.map((message) => (message.id === id && message.role === 'tool' ? { ...message, isError } : message));
}

export function setCache(messages: readonly PromptMessage[], id: string, cache: CacheTtl | undefined): PromptMessage[] {
  return messages.map((message) => {
    if (message.id !== id) return message;
    const { cache: _old, ...rest } = message;
    return cache ? { ...rest, cache } : rest;
  });
}

/** The answer as an assistant turn; empty parts stay absent. */
export function answerTurn(id: string, answer: RunAnswer): TurnMessage {
  const turn = newTurn(id, 'assistant', answer.text);
  if (answer.thinkingBlocks.length > 0) turn.thinkingBlocks = [...answer.thinkingBlocks];
  if (answer.toolCalls.length > 0) turn.toolCalls = answer.toolCalls.map(({ id: callId, name, arguments: args }) => ({ id: callId, name, arguments: args }));
  return turn;
}

export function appendRunAnswer(messages: readonly PromptMessage[], id: string, answer: RunAnswer): PromptMessage[] {
  return [...messages, answerTurn(id, answer)];
}

/** The answer that asked for tools, then one tool message per result, in the calls' order. */
export function addToolResults(
  messages: readonly PromptMessage[],
  ids: { answer: string; results: readonly string[] },
  answer: RunAnswer,
  results: readonly ToolResultInput[],
): PromptMessage[] {
  const tools = results.map((result, i): ToolMessage => ({ id: ids.results[i] ?? `${ids.answer}-${i}`, role: 'tool', ...result }));
  return [...messages, answerTurn(ids.answer, answer), ...tools];
}

export function cacheBreakpointCount(prompt: Pick<PanePrompt, 'systemCache' | 'messages'>): number {
  return (prompt.systemCache ? 1 : 0) + prompt.messages.filter((message) => message.cache).length;
}

export function hasThinking(message: PromptMessage | undefined): boolean {
  return message?.role === 'assistant' && (message.thinkingBlocks?.length ?? 0) > 0;
}

export type ConversationEdit = { kind: 'edit' | 'move' | 'delete' | 'role'; id: string } | { kind: 'model'; model: string };

/**
 * Why an edit may break signed thinking, or null. Anthropic checks the signatures of the thinking
 * blocks sent back, so changing the turn that carries them (or the model that signed them) can
 * make the next request fail. A warning, not a refusal: the user may mean it.
 */
export function thinkingWarning(prompt: Pick<PanePrompt, 'model' | 'messages'>, edit: ConversationEdit): string | null {
  if (edit.kind === 'model') {
    if (edit.model === prompt.model || !prompt.messages.some(hasThinking)) return null;
    return 'The conversation carries signed thinking blocks from another model; the new model may reject them.';
  }
  const index = prompt.messages.findIndex((message) => message.id === edit.id);
  if (!hasThinking(prompt.messages[index])) return null;
  const verb = { edit: 'Editing', move: 'Moving', delete: 'Deleting', role: 'Changing the role of' }[edit.kind];
  return `${verb} message ${index + 1} changes a turn with signed thinking blocks; Claude may reject them or answer without that reasoning.`;
}

/** Version 1 stored one user message; it becomes the first message of the conversation. */
export function migrateV1(persisted: unknown, id: string): Omit<PanePrompt, 'model'> & { model?: string } {
  const old = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as Partial<{ model: string; system: string; user: string; values: Record<string, string> }>;
  return {
    ...(typeof old.model === 'string' ? { model: old.model } : {}),
    system: typeof old.system === 'string' ? old.system : '',
    messages: [newTurn(id, 'user', typeof old.user === 'string' ? old.user : '')],
    values: typeof old.values === 'object' && old.values !== null ? old.values : {},
  };
}
