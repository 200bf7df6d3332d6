import type { Base64ImageSource, DocumentBlockParam, ImageBlockParam } from '@anthropic-ai/sdk/resources/messages/messages';
import { invalidRequest } from '../../errors';
import { documentExtras, type DocumentOptions } from './document-extras';

export interface MediaPayload {
  mediaType: string;
  /** base64 when `base64` is true, otherwise percent-encoded or plain text. */
  data: string;
  base64: boolean;
}

// https://platform.claude.com/docs/en/build-with-claude/vision (supported image formats)
const IMAGE_TYPES: Record<string, Base64ImageSource['media_type']> = {
  'image/png': 'image/png',
  'image/jpeg': 'image/jpeg',
  'image/jpg': 'image/jpeg',
  'image/gif': 'image/gif',
  'image/webp': 'image/webp',
};

const SUPPORTED = 'images must be image/png, image/jpeg, image/gif or image/webp; documents application/pdf or text/plain';

/**
 * Inline bytes → an Anthropic image or document block, routed by media type:
 * images → base64 image, PDF → base64 document, text → text document (decoded).
 * https://platform.claude.com/docs/en/build-with-claude/pdf-support
 * https://platform.claude.com/docs/en/build-with-claude/citations (plain-text documents)
 */
export function buildMediaBlock(payload: MediaPayload, options: DocumentOptions, path: string): ImageBlockParam | DocumentBlockParam {
  const cache = options.cache_control ? { cache_control: options.cache_control } : {};
  const image = IMAGE_TYPES[payload.mediaType];
  if (image) {
    requireBase64(payload, path);
    return { type: 'image', source: { type: 'base64', media_type: image, data: payload.data }, ...cache };
  }
  if (payload.mediaType === 'application/pdf') {
    requireBase64(payload, path);
    return { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: payload.data }, ...documentExtras(options) };
  }
  if (payload.mediaType.startsWith('text/')) {
    const text = decodeText(payload, path);
    return { type: 'document', source: { type: 'text', media_type: 'text/plain', data: text }, ...documentExtras(options) };
  }
  throw invalidRequest(`${path}: unsupported media type "${payload.mediaType}"; ${SUPPORTED}.`, path);
}

function requireBase64(payload: MediaPayload, path: string): void {
  if (!payload.base64) throw invalidRequest(`${path}: ${payload.mediaType} data must be base64-encoded (data:${payload.mediaType};base64,…).`, path);
}

function decodeText(payload: MediaPayload, path: string): string {
  if (payload.base64) return Buffer.from(payload.data, 'base64').toString('utf8');
  try {
    return decodeURIComponent(payload.data);
  } catch {
    throw invalidRequest(`${path}: the text data is not valid percent-encoding.`, path);
  }
}
