import type { CacheControlEphemeral, DocumentBlockParam } from '@anthropic-ai/sdk/resources/messages/messages';

/** What a caller may set on a document: kept as given (citations flags included). */
export interface DocumentOptions {
  title?: string | undefined;
  context?: string | undefined;
  citations?: { enabled: boolean } | undefined;
  cache_control?: CacheControlEphemeral | undefined;
}

/**
 * title, context, citations and cache_control, only when given.
 * https://platform.claude.com/docs/en/build-with-claude/citations
 */
export function documentExtras(options: DocumentOptions): Pick<DocumentBlockParam, 'title' | 'context' | 'citations' | 'cache_control'> {
  return {
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(options.context !== undefined ? { context: options.context } : {}),
    ...(options.citations ? { citations: options.citations } : {}),
    ...(options.cache_control ? { cache_control: options.cache_control } : {}),
  };
}
