import type { AttachmentPart } from '../../../shared/chat/attachment';
import type { ChatMessage, ChatRequest, UserContentPart } from '../../../shared/chat/request-schema';
import type { RunMessage, RunRequest } from '../../../shared/contract/run-request';
import type { AttachmentStore } from './store';

type Resolver = Pick<AttachmentStore, 'resolve'>;

/**
 * runs.start → the gateway's request: each `duet_attachment` part becomes what the gateway
 * spec defines, with the stored bytes inlined (images as `image_url` data URLs, PDFs as
 * `file` parts with `file_data`, keeping citations, title, context and cache_control).
 * An unknown id rejects with the store's not_found error.
 */
export async function resolveRunRequest(request: RunRequest, store: Resolver): Promise<ChatRequest> {
  const messages = await Promise.all(request.messages.map((message) => resolveMessage(message, store)));
  return { ...request, messages };
}

async function resolveMessage(message: RunMessage, store: Resolver): Promise<ChatMessage> {
  if (message.role !== 'user' || typeof message.content === 'string') return message as ChatMessage;
  const content = await Promise.all(message.content.map((part) => (part.type === 'duet_attachment' ? resolvePart(part, store) : part)));
  return { ...message, content };
}

async function resolvePart(part: AttachmentPart, store: Resolver): Promise<UserContentPart> {
  const stored = await store.resolve(part.attachment.id);
  const dataUrl = `data:${stored.mime};base64,${stored.bytes.toString('base64')}`;
  const cache = part.cache_control ? { cache_control: part.cache_control } : {};
  if (stored.mime !== 'application/pdf') return { type: 'image_url', image_url: { url: dataUrl }, ...cache };
  return {
    type: 'file',
    file: { file_data: dataUrl, filename: part.attachment.name },
    ...(part.citations ? { citations: part.citations } : {}),
    ...(part.title !== undefined ? { title: part.title } : {}),
    ...(part.context !== undefined ? { context: part.context } : {}),
    ...cache,
  };
}
