import type { AttachmentRef } from '../chat/attachment';
import type { RunRequest } from '../contract/run-request';
import type { LintIssue, LintRule } from './types';

// https://platform.claude.com/docs/en/build-with-claude/vision (5 MB per image through the API)
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
// https://platform.claude.com/docs/en/build-with-claude/pdf-support (32 MB request, 100 pages)
export const MAX_PDF_BYTES = 32 * 1024 * 1024;
export const MAX_PDF_PAGES = 100;

const MB = 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}

/** Size and page limits of the attachments the prompt carries. */
export const attachmentLimitsRule: LintRule = (_request, { attachments = [] }) => {
  const issues: LintIssue[] = [];
  for (const attachment of attachments) {
    const where = `attachment ${attachment.name}`;
    if (attachment.mime.startsWith('image/') && attachment.size > MAX_IMAGE_BYTES) {
      issues.push({ severity: 'error', code: 'image-too-large', where, message: `${attachment.name} is ${megabytes(attachment.size)}; images may be at most 5 MB. Resize or compress it.` });
    }
    if (attachment.mime === 'application/pdf') {
      if (attachment.size > MAX_PDF_BYTES) issues.push({ severity: 'error', code: 'pdf-too-large', where, message: `${attachment.name} is ${megabytes(attachment.size)}; PDFs may be at most 32 MB.` });
      if ((attachment.pages ?? 0) > MAX_PDF_PAGES) issues.push({ severity: 'error', code: 'pdf-too-many-pages', where, message: `${attachment.name} has ${attachment.pages} pages; PDFs may have at most ${MAX_PDF_PAGES}. Split it.` });
    }
  }
  return issues;
};

function hasPart(request: RunRequest, test: (part: Record<string, unknown>) => boolean): boolean {
  return request.messages.some((message) => Array.isArray(message.content) && (message.content as unknown[]).some((part) => typeof part === 'object' && part !== null && test(part as Record<string, unknown>)));
}

function carries(attachments: readonly AttachmentRef[], request: RunRequest, kind: 'image' | 'pdf'): boolean {
  const isKind = (mime: string) => (kind === 'image' ? mime.startsWith('image/') : mime === 'application/pdf');
  if (attachments.some((attachment) => isKind(attachment.mime))) return true;
  if (kind === 'image') return hasPart(request, (part) => part.type === 'image_url' && !String((part.image_url as { url?: string } | undefined)?.url ?? '').startsWith('data:application/pdf'));
  return hasPart(request, (part) => part.type === 'file' || part.type === 'file_url' || part.type === 'document');
}

/** Images, PDFs, citations and structured output the model cannot take. */
export const capabilityRule: LintRule = (request, { model, attachments = [] }) => {
  if (!model) return [];
  const issues: LintIssue[] = [];
  const name = model.displayName;
  if (!model.vision && carries(attachments, request, 'image')) issues.push({ severity: 'error', code: 'no-vision', message: `${name} does not read images; remove them or pick a model with vision.` });
  if (!model.pdf && carries(attachments, request, 'pdf')) issues.push({ severity: 'error', code: 'no-pdf', message: `${name} does not read PDFs; remove them or pick a model with PDF support.` });
  if (!model.citations && attachments.some((attachment) => attachment.citations)) issues.push({ severity: 'warning', code: 'no-citations', message: `${name} gives no citations; the citations option is ignored.` });
  if (request.response_format?.type === 'json_schema' && !model.structuredOutputs) {
    issues.push({ severity: 'warning', code: 'no-structured-outputs', where: 'response_format', message: `${name} has no structured outputs; the schema is sent as a forced tool call instead, which cannot be combined with thinking.` });
  }
  return issues;
};
