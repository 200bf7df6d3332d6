import type { ChatRequest } from '../../../../shared/chat/request-schema';

/**
 * The `anthropic_beta` body field (a string, comma-separated list or array) →
 * a deduplicated list for the `anthropic-beta` header. Never defaulted: the
 * caller merges it with the header's betas (spec: "merged, never defaulted").
 * https://platform.claude.com/docs/en/api/beta-headers
 */
export function collectBetas(value: ChatRequest['anthropic_beta']): string[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return [...new Set(list.flatMap((entry) => entry.split(',')).map((beta) => beta.trim()).filter(Boolean))];
}
