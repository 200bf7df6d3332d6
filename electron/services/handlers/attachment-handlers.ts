import type { Handlers } from '../../../shared/contract';
import type { AttachmentStore } from '../attachments';

type AttachmentHandlers = Pick<Handlers, 'attachments.addPath' | 'attachments.addBytes' | 'attachments.read'>;

/**
 * Attachments in and out of the content-addressed store. Every way in (a path, pasted bytes,
 * the web host's upload) goes through the store's `add`, so the same type sniffing and
 * Anthropic limits apply; the only way out is by id, so nothing but stored files is ever read.
 */
export function createAttachmentHandlers(store: AttachmentStore): AttachmentHandlers {
  return {
    'attachments.addPath': ({ path }) => store.addPath(path),
    'attachments.addBytes': ({ name, base64 }) => store.add(Buffer.from(base64, 'base64'), displayName(name)),
    'attachments.read': async ({ id }) => {
      const stored = await store.resolve(id);
      return { mime: stored.mime, base64: stored.bytes.toString('base64') };
    },
  };
}

/** A pasted file's name is only shown and sent as the document's filename: keep its last segment. */
function displayName(name: string): string {
  return name.split(/[\\/]/).filter(Boolean).at(-1) ?? name;
}
