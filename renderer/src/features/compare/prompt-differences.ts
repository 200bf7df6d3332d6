import type { AttachmentRef } from '../../../../shared/chat/attachment';
import type { PromptMessage } from '../pane/conversation';
import type { PromptDoc } from './panes';

export type PromptPart = 'system' | 'messages' | 'variables' | 'attachments';

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** A message without its files (and without its id, which a copy keeps anyway but means nothing). */
function withoutFiles(message: PromptMessage): unknown {
  if (message.role === 'tool') return { ...message, id: undefined };
  return { ...message, id: undefined, attachments: undefined };
}

function filesOf(messages: readonly PromptMessage[]): AttachmentRef[][] {
  return messages.map((message) => (message.role === 'tool' ? [] : message.attachments));
}

/**
 * What a fork changes of the shared prompt, in a fixed order, for the "modified" badge.
 * Attachments are told apart from the rest of the messages, so adding a file says just that.
 */
export function promptDifferences(shared: PromptDoc, fork: PromptDoc): PromptPart[] {
  const parts: PromptPart[] = [];
  if (shared.system !== fork.system || shared.systemCache !== fork.systemCache) parts.push('system');
  if (!sameJson(shared.messages.map(withoutFiles), fork.messages.map(withoutFiles))) parts.push('messages');
  if (!sameJson(sortedEntries(shared.values), sortedEntries(fork.values))) parts.push('variables');
  if (!sameJson(filesOf(shared.messages).flat(), filesOf(fork.messages).flat())) parts.push('attachments');
  return parts;
}

function sortedEntries(values: Record<string, string>): [string, string][] {
  return Object.entries(values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The badge's accessible name: "Modified: system, messages", or "Forked, same as shared". */
export function describeDifferences(parts: readonly PromptPart[]): string {
  return parts.length === 0 ? 'Forked prompt, same as shared' : `Modified: ${parts.join(', ')}`;
}
