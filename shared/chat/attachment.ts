import { z } from 'zod';
import { cacheControl } from './request-schema';

/**
 * Attachments travel once: the renderer picks a file, the host reads, checks and stores its
 * bytes (content-addressed by SHA-256) and answers with this reference. Prompts and the
 * runs.start contract carry only the reference; the host inlines the bytes right before the
 * gateway sees the request.
 */
export const ATTACHMENT_MIME_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf'] as const;
export type AttachmentMime = (typeof ATTACHMENT_MIME_TYPES)[number];

export const attachmentId = z.string().regex(/^[0-9a-f]{64}$/, 'an attachment id is the SHA-256 of its bytes (64 hex digits)');

/** What the renderer knows of a stored attachment. */
export interface AttachmentRef {
  id: string;
  name: string;
  mime: AttachmentMime;
  size: number;
  /** PDFs only. */
  pages?: number;
  /** PDFs only: document options sent with the document block. */
  citations?: boolean;
  title?: string;
  context?: string;
}

/**
 * Duet's content part for a stored attachment, accepted in user messages of runs.start only
 * (never by the HTTP endpoint): `{ type: "duet_attachment", attachment: { id, name } }`, with the
 * document options for PDFs.
 */
export const attachmentPart = z.object({
  type: z.literal('duet_attachment'),
  attachment: z.object({ id: attachmentId, name: z.string() }),
  citations: z.object({ enabled: z.boolean() }).optional(),
  title: z.string().optional(),
  context: z.string().optional(),
  cache_control: cacheControl.optional(),
});
export type AttachmentPart = z.infer<typeof attachmentPart>;
