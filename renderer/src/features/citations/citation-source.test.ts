import { describe, expect, it } from 'vitest';
import type { ChatCitation } from '../../../../shared/chat/chunk';
import { resolveCitationSource } from './citation-source';
import type { RequestDocument } from './request-documents';

const PDF_ID = 'c'.repeat(64);
const cite = (citation: Record<string, unknown>): ChatCitation => ({ start: 0, end: 5, citation: { cited_text: 'quoted', file_id: null, ...citation } as ChatCitation['citation'] });
const page = (index: number, title: string | null, start: number, end: number) => cite({ type: 'page_location', document_index: index, document_title: title, start_page_number: start, end_page_number: end });
const chars = (index: number, start: number, end: number, title: string | null = null) => cite({ type: 'char_location', document_index: index, document_title: title, start_char_index: start, end_char_index: end });
const blocks = (start: number, end: number) => cite({ type: 'content_block_location', document_index: 0, document_title: null, start_block_index: start, end_block_index: end });

const pdf: RequestDocument = { source: 'attachment', title: 'report.pdf', id: PDF_ID };
const text: RequestDocument = { source: 'text', title: 'notes.txt', text: 'The grass is green. The sky is blue.' };
const content: RequestDocument = { source: 'content', title: 'Facts', blocks: ['One', 'Two', 'Three'] };

describe('resolveCitationSource', () => {
  it.each([
    ['a stored PDF page', page(0, 'report.pdf', 2, 3), [pdf], { kind: 'pdf', pdf: { attachmentId: PDF_ID }, firstPage: 2, lastPage: 2, title: 'report.pdf', location: 'page 2' }],
    ['a range of pages (end exclusive)', page(0, 'report.pdf', 1, 4), [pdf], { kind: 'pdf', firstPage: 1, lastPage: 3, location: 'pages 1–3' }],
    ['an inline PDF', page(0, 'Raw', 1, 2), [{ source: 'pdf_data', title: 'Raw', base64: 'JVBE' }], { kind: 'pdf', pdf: { base64: 'JVBE' } }],
    ['the document whose title matches when the index disagrees', page(0, 'report.pdf', 1, 2), [text, pdf], { kind: 'pdf', pdf: { attachmentId: PDF_ID } }],
    ['a text span', chars(0, 4, 9), [text], { kind: 'text', text: text.source === 'text' ? text.text : '', start: 4, end: 9, title: 'notes.txt', location: 'characters 4–9' }],
    ['a span past the end, clamped', chars(0, 30, 99), [text], { kind: 'text', start: 30, end: 36 }],
    ['content blocks as one text', blocks(1, 3), [content], { kind: 'text', text: 'One\n\nTwo\n\nThree', start: 5, end: 15, location: 'blocks 1–2' }],
    ['a web result', cite({ type: 'web_search_result_location', url: 'https://example.com/a', title: 'Example', encrypted_index: 'x' }), [], { kind: 'web', url: 'https://example.com/a', title: 'Example' }],
  ])('shows %s', (_case, citation, documents, expected) => {
    expect(resolveCitationSource(citation, 3, documents)).toMatchObject({ number: 3, quote: 'quoted', ...expected });
  });

  it.each([
    ['a document the request lacks', chars(2, 0, 5), [text], /not in this run's request/],
    ['a page citation into a text document', page(0, null, 1, 2), [text], /not a PDF document/],
    ['a document sent by URL', page(0, 'Remote', 1, 2), [{ source: 'elsewhere', title: 'Remote' }], /"Remote" was sent by reference/],
    ['a search result', cite({ type: 'search_result_location', search_result_index: 0, source: 'kb://a', title: 'A', start_block_index: 0, end_block_index: 1 }), [], /From search result 1 \(kb:\/\/a\)/],
  ])('falls back to the quote for %s', (_case, citation, documents, reason) => {
    const view = resolveCitationSource(citation, 1, documents);
    expect(view).toMatchObject({ kind: 'quote', quote: 'quoted' });
    expect(view.kind === 'quote' ? view.reason : '').toMatch(reason);
  });
});
