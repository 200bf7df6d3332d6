import type { ChatCitation, ChatUsage } from '../../../../shared/chat/chunk';

type TextCitation = ChatCitation['citation'];

/** Priced in shared/ so the host's run history records the same figure the footer shows. */
export { estimateTokens, runCost } from '../../../../shared/models/run-cost';

export interface CacheFigures {
  written: number;
  read: number;
  prompt: number;
  /** cache_read / prompt_tokens, 0..1 (0 when the prompt size is unknown). */
  readShare: number;
}

export function cacheFigures(usage: ChatUsage | undefined): CacheFigures | undefined {
  if (!usage) return undefined;
  const written = usage.cache_creation_input_tokens ?? 0;
  const read = usage.cache_read_input_tokens ?? usage.prompt_tokens_details?.cached_tokens ?? 0;
  if (written === 0 && read === 0) return undefined;
  const prompt = usage.prompt_tokens;
  return { written, read, prompt, readShare: prompt > 0 ? read / prompt : 0 };
}

/** Dollars with enough digits to see a fraction of a cent. */
export function formatUsd(value: number): string {
  const abs = Math.abs(value);
  const digits = abs === 0 || abs >= 1 ? 2 : abs >= 0.01 ? 4 : 6;
  return `${value < 0 ? '−' : ''}$${abs.toFixed(digits)}`;
}

export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/** Where in its document a citation points, from the raw citation's type. */
export function citationLocation(citation: TextCitation): string {
  switch (citation.type) {
    case 'char_location':
      return `characters ${citation.start_char_index}–${citation.end_char_index}`;
    case 'page_location':
      // end_page_number is exclusive.
      return citation.end_page_number - citation.start_page_number <= 1
        ? `page ${citation.start_page_number}`
        : `pages ${citation.start_page_number}–${citation.end_page_number - 1}`;
    case 'content_block_location':
      // end_block_index is exclusive.
      return citation.end_block_index - citation.start_block_index <= 1
        ? `block ${citation.start_block_index}`
        : `blocks ${citation.start_block_index}–${citation.end_block_index - 1}`;
    case 'search_result_location':
      return `search result ${citation.search_result_index}, blocks ${citation.start_block_index}–${citation.end_block_index - 1}`;
    case 'web_search_result_location':
      return citation.url;
  }
}

/** The document a citation names, for the list. */
export function citationSource(citation: TextCitation): string {
  if (citation.type === 'web_search_result_location') return citation.title ?? citation.url;
  if (citation.type === 'search_result_location') return citation.title ?? citation.source;
  return citation.document_title ?? `Document ${citation.document_index + 1}`;
}

export interface PrettyJson {
  ok: boolean;
  text: string;
}

/** Tool input pretty-printed, or the raw text when it is not valid JSON (yet). */
export function prettyJson(raw: string): PrettyJson {
  if (raw.trim() === '') return { ok: true, text: '{}' };
  try {
    return { ok: true, text: JSON.stringify(JSON.parse(raw), null, 2) };
  } catch {
    return { ok: false, text: raw };
  }
}
