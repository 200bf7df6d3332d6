import type {
  DocumentBlockParam,
  ImageBlockParam,
  SearchResultBlockParam,
  TextBlockParam,
} from '@anthropic-ai/sdk/resources/messages/messages';
import type { UserContentPart } from '../../../../shared/chat/request-schema';
import { invalidRequest } from '../../errors';
import { buildMediaBlock } from './build-media-block';
import { buildUrlDocument } from './build-url-document';
import { convertFilePart } from './convert-file-part';
import { parseDataUrl } from './parse-data-url';

/** What a user (or tool result) part becomes; all of these are valid inside `tool_result.content` too. */
export type UserBlock = TextBlockParam | ImageBlockParam | DocumentBlockParam | SearchResultBlockParam;

type ImageUrlPart = Extract<UserContentPart, { type: 'image_url' }>;
type TextPart = Extract<UserContentPart, { type: 'text' }>;

/**
 * One OpenAI content part of a user or tool message → one Anthropic block, or
 * undefined for empty text (the API rejects empty text blocks). `path` names the
 * part in errors, e.g. `messages.2.content.1`.
 * https://platform.claude.com/docs/en/api/messages (content block types)
 */
export function convertContentPart(part: UserContentPart, path: string): UserBlock | undefined {
  switch (part.type) {
    case 'text':
      return convertText(part, path);
    case 'image_url':
      return convertImageUrl(part, path);
    case 'file':
      return convertFilePart(part, path);
    case 'file_url':
      return buildUrlDocument(part.file_url.url, part, `${path}.file_url.url`);
    // Anthropic-native blocks pass through as written (citations flags included); the API validates them.
    case 'document':
      return { ...part } as unknown as DocumentBlockParam;
    case 'search_result':
      return { ...part } as unknown as SearchResultBlockParam;
  }
}

function convertText(part: TextPart, path: string): TextBlockParam | undefined {
  // API version 2026-10-21 answers 400 to non-empty citations on user text
  // (https://platform.claude.com/docs/en/api/versioning), so say why here.
  if (part.citations && part.citations.length > 0) {
    throw invalidRequest(`${path}.citations: citations on a text part are accepted only in assistant messages.`, `${path}.citations`);
  }
  if (part.text.trim() === '') return undefined;
  return part.cache_control ? { type: 'text', text: part.text, cache_control: part.cache_control } : { type: 'text', text: part.text };
}

/**
 * Data URLs are routed by media type (images, PDF, text); http(s) URLs become url
 * sources that Anthropic fetches (a `.pdf` path becomes a url document). `detail`
 * has no Anthropic counterpart and is ignored.
 * https://platform.claude.com/docs/en/build-with-claude/vision
 */
function convertImageUrl(part: ImageUrlPart, path: string): ImageBlockParam | DocumentBlockParam {
  const url = part.image_url.url;
  const urlPath = `${path}.image_url.url`;
  const options = { cache_control: part.cache_control };
  const dataUrl = parseDataUrl(url);
  if (dataUrl) return buildMediaBlock(dataUrl, options, urlPath);
  if (!/^https?:\/\//i.test(url)) throw invalidRequest(`${urlPath}: use a data: URL or an http(s) URL.`, urlPath);
  if (isPdfUrl(url)) return buildUrlDocument(url, options, urlPath);
  const cache = part.cache_control ? { cache_control: part.cache_control } : {};
  return { type: 'image', source: { type: 'url', url }, ...cache };
}

function isPdfUrl(url: string): boolean {
  try {
    return new URL(url).pathname.toLowerCase().endsWith('.pdf');
  } catch {
    return false;
  }
}
