import type { DocumentBlockParam } from '@anthropic-ai/sdk/resources/messages/messages';
import { invalidRequest } from '../../errors';
import { documentExtras, type DocumentOptions } from './document-extras';

/**
 * A PDF by URL → a document with a url source; Anthropic fetches it, the gateway
 * never does (no server-side fetch, no SSRF surface).
 * https://platform.claude.com/docs/en/build-with-claude/pdf-support
 */
export function buildUrlDocument(url: string, options: DocumentOptions, path: string): DocumentBlockParam {
  if (!/^https?:\/\//i.test(url)) throw invalidRequest(`${path}: a document URL must be http(s) (got "${url.slice(0, 40)}").`, path);
  return { type: 'document', source: { type: 'url', url }, ...documentExtras(options) };
}
