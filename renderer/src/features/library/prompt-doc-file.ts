import { ATTACHMENT_MIME_TYPES, type AttachmentMime, type AttachmentRef } from '../../../../shared/chat/attachment';
import { ATTACHMENT_URL_PREFIX, canOmitRoleTag } from '../../../../shared/prompt-file';
import type { ModelTurn, PromptFork, PromptMedia, PromptSection } from '../../../../shared/prompt-file';
import type { PromptDoc } from '../compare/panes';
import { newTurn, type PromptMessage, type TurnMessage } from '../pane/conversation';

/** A prompt as a file body: the system prompt, then one section per message; thinking and tool calls as turns. */
export function bodyOfDoc(doc: PromptDoc): { body: PromptSection[]; turns: ModelTurn[] } {
  const body: PromptSection[] = [];
  const turns: ModelTurn[] = [];
  if (doc.system !== '' || doc.systemCache) body.push({ role: 'system', text: doc.system, media: [], ...(doc.systemCache ? { cache: doc.systemCache } : {}) });
  for (const message of doc.messages) {
    body.push(sectionOf(message));
    if (message.role !== 'assistant') continue;
    const turn: ModelTurn = { section: body.length };
    if (message.thinkingBlocks?.length) turn.thinking = message.thinkingBlocks;
    if (message.toolCalls?.length) turn.toolCalls = message.toolCalls;
    if (turn.thinking || turn.toolCalls) turns.push(turn);
  }
  const [only] = body;
  // A prompt that is one plain user message is written as most .prompt files are: text, no tag.
  if (body.length === 1 && only && canOmitRoleTag(only)) only.implicit = true;
  return { body, turns };
}

export function forkOfDoc(doc: PromptDoc): PromptFork {
  return { ...bodyOfDoc(doc), values: { ...doc.values } };
}

function sectionOf(message: PromptMessage): PromptSection {
  const cache = message.cache ? { cache: message.cache } : {};
  if (message.role === 'tool') {
    return { role: 'tool', text: message.text, media: [], ...cache, toolCallId: message.toolCallId, toolName: message.toolName, ...(message.isError ? { isError: true } : {}) };
  }
  return { role: message.role === 'assistant' ? 'model' : 'user', text: message.text, media: message.attachments.map(mediaOf), ...cache };
}

function mediaOf(attachment: AttachmentRef): PromptMedia {
  const { id, mime, name, size, pages, citations, title, context } = attachment;
  const media: PromptMedia = { url: `${ATTACHMENT_URL_PREFIX}${id}`, contentType: mime, name, size };
  if (pages !== undefined) media.pages = pages;
  if (citations !== undefined) media.citations = citations;
  if (title !== undefined) media.title = title;
  if (context !== undefined) media.context = context;
  return media;
}

/**
 * A file body as a prompt. Several system sections become one system prompt (Duet has one);
 * a body with no messages gets one empty user message;
 * media that is not an attachment of Duet's store (a web URL, another type) is left out.
 */
export function docOfBody(body: readonly PromptSection[], turns: readonly ModelTurn[], values: Record<string, string>, newId: () => string): PromptDoc {
  const systems = body.filter((section) => section.role === 'system');
  const systemCache = systems.find((section) => section.cache)?.cache;
  const messages: PromptMessage[] = [];
  body.forEach((section, i) => {
    if (section.role === 'system') return;
    messages.push(messageOf(section, turns.find((turn) => turn.section === i + 1), newId()));
  });
  // The conversation always has a message to type in (the editor never deletes the last one).
  if (messages.length === 0) messages.push(newTurn(newId(), 'user'));
  return { system: systems.map((section) => section.text).join('\n\n'), ...(systemCache ? { systemCache } : {}), messages, values: { ...values } };
}

export function docOfFork(fork: PromptFork, newId: () => string): PromptDoc {
  return docOfBody(fork.body, fork.turns, fork.values, newId);
}

function messageOf(section: PromptSection, turn: ModelTurn | undefined, id: string): PromptMessage {
  const cache = section.cache ? { cache: section.cache } : {};
  if (section.role === 'tool') {
    return { id, role: 'tool', toolCallId: section.toolCallId ?? '', toolName: section.toolName ?? '', text: section.text, isError: section.isError ?? false, ...cache };
  }
  const message: TurnMessage = { id, role: section.role === 'model' ? 'assistant' : 'user', text: section.text, attachments: section.media.flatMap(attachmentOf), ...cache };
  if (message.role === 'assistant' && turn?.thinking?.length) message.thinkingBlocks = [...turn.thinking];
  if (message.role === 'assistant' && turn?.toolCalls?.length) message.toolCalls = turn.toolCalls.map((call) => ({ ...call }));
  return message;
}

const STORED_ID = /^[0-9a-f]{64}$/;

function attachmentOf(media: PromptMedia): AttachmentRef[] {
  const id = media.url.startsWith(ATTACHMENT_URL_PREFIX) ? media.url.slice(ATTACHMENT_URL_PREFIX.length) : '';
  const mime = media.contentType as AttachmentMime;
  if (!STORED_ID.test(id) || !ATTACHMENT_MIME_TYPES.includes(mime)) return [];
  const attachment: AttachmentRef = { id, name: media.name ?? id.slice(0, 12), mime, size: media.size ?? 0 };
  if (media.pages !== undefined) attachment.pages = media.pages;
  if (media.citations !== undefined) attachment.citations = media.citations;
  if (media.title !== undefined) attachment.title = media.title;
  if (media.context !== undefined) attachment.context = media.context;
  return [attachment];
}
