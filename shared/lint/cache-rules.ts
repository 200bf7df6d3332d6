import type { AttachmentRef } from '../chat/attachment';
import type { RunRequest } from '../contract/run-request';
import type { LintIssue, LintRule } from './types';

/** Anthropic allows at most four cache breakpoints per request. */
export const MAX_CACHE_BREAKPOINTS = 4;
const CHARS_PER_TOKEN = 4;
// Rough token costs of media, so a prefix with a PDF or an image is not flagged as too short.
const IMAGE_TOKENS = 1_600;
const PDF_PAGE_TOKENS = 1_500;

interface Breakpoint {
  where: string;
  /** Estimated tokens of everything up to and including the marked block. */
  prefixTokens: number;
}

type Loose = Record<string, unknown>;

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every `cache_control` in prompt order (tools, then system, then messages), with the
 * estimated length of the prefix it caches (≈ characters / 4).
 */
export function cacheBreakpoints(request: RunRequest, attachments: readonly AttachmentRef[] = []): Breakpoint[] {
  const found: Breakpoint[] = [];
  let tokens = 0;
  (request.tools ?? []).forEach((tool, index) => {
    tokens += JSON.stringify(tool).length / CHARS_PER_TOKEN;
    const fn = (tool as Loose).function;
    if (tool.cache_control || (isRecord(fn) && fn.cache_control)) found.push({ where: `tools.${index}`, prefixTokens: tokens });
  });
  const ordered = [...request.messages.entries()].sort(([, a], [, b]) => Number(isSystem(b)) - Number(isSystem(a)));
  for (const [index, message] of ordered) {
    const content: unknown = message.content;
    if (typeof content === 'string') tokens += content.length / CHARS_PER_TOKEN;
    else if (Array.isArray(content)) {
      content.forEach((part: unknown, partIndex) => {
        if (!isRecord(part)) return;
        tokens += partTokens(part, attachments);
        if (part.cache_control) found.push({ where: `messages.${index}.content.${partIndex}`, prefixTokens: tokens });
      });
    }
    if (message.cache_control) found.push({ where: `messages.${index}`, prefixTokens: tokens });
  }
  return found.map((breakpoint) => ({ ...breakpoint, prefixTokens: Math.round(breakpoint.prefixTokens) }));
}

function isSystem(message: RunRequest['messages'][number]): boolean {
  return message.role === 'system' || message.role === 'developer';
}

function partTokens(part: Loose, attachments: readonly AttachmentRef[]): number {
  if (typeof part.text === 'string') return part.text.length / CHARS_PER_TOKEN;
  if (part.type === 'image_url') return IMAGE_TOKENS;
  if (part.type === 'duet_attachment' && isRecord(part.attachment)) {
    const ref = attachments.find((attachment) => attachment.id === (part.attachment as Loose).id);
    if (!ref) return 0;
    return ref.mime === 'application/pdf' ? (ref.pages ?? 1) * PDF_PAGE_TOKENS : IMAGE_TOKENS;
  }
  return JSON.stringify(part).length / CHARS_PER_TOKEN;
}

/** More than four breakpoints is a 400 from the API. */
export const breakpointCountRule: LintRule = (request, { attachments }) => {
  const count = cacheBreakpoints(request, attachments).length;
  if (count <= MAX_CACHE_BREAKPOINTS) return [];
  return [{ severity: 'error', code: 'cache-too-many-breakpoints', message: `${count} cache breakpoints are set; at most ${MAX_CACHE_BREAKPOINTS} are allowed. Remove ${count - MAX_CACHE_BREAKPOINTS}.` }];
};

/** A prefix shorter than the model's minimum is silently not cached. */
export const cacheMinimumRule: LintRule = (request, { model, attachments }) => {
  const minimum = model?.minCacheableTokens;
  if (minimum === undefined) return [];
  return cacheBreakpoints(request, attachments)
    .filter((breakpoint) => breakpoint.prefixTokens < minimum)
    .map(
      (breakpoint): LintIssue => ({
        severity: 'warning',
        code: 'cache-prefix-too-short',
        where: breakpoint.where,
        message: `The prefix cached at ${breakpoint.where} is about ${breakpoint.prefixTokens.toLocaleString('en-US')} tokens; ${model?.displayName ?? 'this model'} caches only from ${minimum.toLocaleString('en-US')}, so it will not be cached.`,
      }),
    );
};
