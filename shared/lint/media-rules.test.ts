import { describe, expect, it } from 'vitest';
import type { AttachmentRef } from '../chat/attachment';
import type { ChatRequest } from '../chat/request-schema';
import { findModel, type ModelInfo } from '../models/catalog';
import { lintRequest } from './lint-request';
import { MAX_IMAGE_BYTES, MAX_PDF_BYTES } from './media-rules';

const sonnet45 = findModel('claude-sonnet-4-5');
const opus41 = findModel('claude-opus-4-1');
const blind: ModelInfo | undefined = sonnet45 && { ...sonnet45, vision: false, pdf: false, citations: false };
const base: ChatRequest = { model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'Hi' }] };

function image(size: number): AttachmentRef {
  return { id: 'a'.repeat(64), name: 'photo.png', mime: 'image/png', size };
}
function pdf(size: number, pages?: number, citations?: boolean): AttachmentRef {
  return { id: 'b'.repeat(64), name: 'doc.pdf', mime: 'application/pdf', size, ...(pages !== undefined ? { pages } : {}), ...(citations ? { citations } : {}) };
}

function codes(attachments: AttachmentRef[], model: ModelInfo | undefined = sonnet45, request = base): string[] {
  return lintRequest(request, { model, attachments }).map((issue) => `${issue.severity}:${issue.code}`);
}

describe('attachment limits', () => {
  it.each<[string, AttachmentRef, string[]]>([
    ['an image of exactly 5 MB', image(MAX_IMAGE_BYTES), []],
    ['an image one byte over 5 MB', image(MAX_IMAGE_BYTES + 1), ['error:image-too-large']],
    ['a PDF of exactly 32 MB', pdf(MAX_PDF_BYTES, 10), []],
    ['a PDF one byte over 32 MB', pdf(MAX_PDF_BYTES + 1, 10), ['error:pdf-too-large']],
    ['a PDF of 100 pages', pdf(1000, 100), []],
    ['a PDF of 101 pages', pdf(1000, 101), ['error:pdf-too-many-pages']],
    ['a PDF whose page count is unknown', pdf(1000), []],
  ])('%s', (_label, attachment, expected) => {
    expect(codes([attachment])).toEqual(expected);
  });

  it('names the file and its size', () => {
    const [issue] = lintRequest(base, { attachments: [image(6 * 1024 * 1024)] });
    expect(issue?.message).toBe('photo.png is 6.0 MB; images may be at most 5 MB. Resize or compress it.');
  });
});

describe('capabilities the model lacks', () => {
  const imagePart: ChatRequest = { ...base, messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } }] }] };
  const filePart: ChatRequest = { ...base, messages: [{ role: 'user', content: [{ type: 'file', file: { file_data: 'data:application/pdf;base64,AAAA' } }] }] };
  const schema: ChatRequest = { ...base, response_format: { type: 'json_schema', json_schema: { name: 'r', schema: { type: 'object' } } } };
  it.each<[string, AttachmentRef[], ModelInfo | undefined, ChatRequest, string[]]>([
    ['an image attachment without vision', [image(10)], blind, base, ['error:no-vision']],
    ['an image part without vision', [], blind, imagePart, ['error:no-vision']],
    ['a PDF attachment without PDF support', [pdf(10, 1)], blind, base, ['error:no-pdf']],
    ['a file part without PDF support', [], blind, filePart, ['error:no-pdf']],
    ['citations asked of a model without them', [pdf(10, 1, true)], blind, base, ['error:no-pdf', 'warning:no-citations']],
    ['a schema on a model without structured outputs', [], opus41, schema, ['warning:no-structured-outputs']],
    ['a schema on a model with structured outputs', [], sonnet45, schema, []],
    ['images and PDFs on a capable model', [image(10), pdf(10, 1, true)], sonnet45, imagePart, []],
    ['an unknown model', [image(10)], undefined, imagePart, []],
  ])('%s', (_label, attachments, model, request, expected) => {
    expect(codes(attachments, model, request)).toEqual(expected);
  });
});

describe('lintRequest', () => {
  it('lists errors before warnings', () => {
    const request: ChatRequest = { ...base, temperature: 1, max_completion_tokens: 1024, thinking: { type: 'enabled', budget_tokens: 1024 } };
    expect(lintRequest(request, { model: sonnet45 }).map((issue) => issue.severity)).toEqual(['error', 'warning']);
  });

  it('finds nothing in a plain request', () => {
    expect(lintRequest(base, { model: sonnet45 })).toEqual([]);
  });
});
