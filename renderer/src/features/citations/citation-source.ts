import type { ChatCitation } from '../../../../shared/chat/chunk';
import { citationLocation, citationSource } from '../results/run-metrics';
import type { RequestDocument } from './request-documents';

type TextCitation = ChatCitation['citation'];

/** Where a PDF's bytes come from: the host's attachment store, or the request itself. */
export type PdfBytes = { attachmentId: string } | { base64: string };

interface SourceBase {
  /** The citation's number in the answer (1-based). */
  number: number;
  title: string;
  /** The passage Claude quoted. */
  quote: string;
  /** "page 2", "characters 10–42", …, as the citations list says it. */
  location: string;
}

/** What the Source panel shows for one citation. */
export type SourceView =
  /** Pages are 1-based and inclusive. */
  | (SourceBase & { kind: 'pdf'; pdf: PdfBytes; firstPage: number; lastPage: number })
  /** The document's text with the cited span (`start`..`end`, end exclusive). */
  | (SourceBase & { kind: 'text'; text: string; start: number; end: number })
  | (SourceBase & { kind: 'web'; url: string })
  /** The document is not in the request as the renderer knows it: the quote and its range only. */
  | (SourceBase & { kind: 'quote'; reason: string });

/** Content blocks are shown as one text, a blank line between blocks. */
const BLOCK_SEPARATOR = '\n\n';

/**
 * A citation and the request's documents → what to show beside the answer. The document is the
 * one at `document_index`; when its title disagrees with the citation's and another document's
 * title agrees, that one is taken (the renderer guesses which attachments are PDFs by name).
 */
export function resolveCitationSource(item: ChatCitation, number: number, documents: readonly RequestDocument[]): SourceView {
  const citation = item.citation;
  const base: SourceBase = { number, title: citationSource(citation), quote: citation.cited_text, location: citationLocation(citation) };
  switch (citation.type) {
    case 'web_search_result_location':
      return { ...base, kind: 'web', url: citation.url };
    case 'search_result_location':
      return { ...base, kind: 'quote', reason: `From search result ${citation.search_result_index + 1} (${citation.source}).` };
    default:
      return documentSource(base, citation, findDocument(citation, documents));
  }
}

function documentSource(base: SourceBase, citation: DocumentCitation, document: RequestDocument | undefined): SourceView {
  const named = { ...base, title: citation.document_title ?? document?.title ?? base.title };
  switch (citation.type) {
    case 'page_location':
      return pdfSource(named, citation, document);
    case 'char_location':
      return textSource(named, document, citation.start_char_index, citation.end_char_index);
    case 'content_block_location':
      return blockSource(named, document, citation.start_block_index, citation.end_block_index);
  }
}

type DocumentCitation = Extract<TextCitation, { document_index: number }>;

function findDocument(citation: DocumentCitation, documents: readonly RequestDocument[]): RequestDocument | undefined {
  const byIndex = documents[citation.document_index];
  const title = citation.document_title;
  if (!title || byIndex?.title === title) return byIndex;
  return documents.find((document) => document.title === title) ?? byIndex;
}

function pdfSource(base: SourceBase, citation: Extract<TextCitation, { type: 'page_location' }>, document: RequestDocument | undefined): SourceView {
  const firstPage = Math.max(1, citation.start_page_number);
  // end_page_number is exclusive.
  const lastPage = Math.max(firstPage, citation.end_page_number - 1);
  if (document?.source === 'attachment') return { ...base, kind: 'pdf', pdf: { attachmentId: document.id }, firstPage, lastPage };
  if (document?.source === 'pdf_data') return { ...base, kind: 'pdf', pdf: { base64: document.base64 }, firstPage, lastPage };
  return { ...base, kind: 'quote', reason: unavailable(document, 'PDF') };
}

function textSource(base: SourceBase, document: RequestDocument | undefined, start: number, end: number): SourceView {
  if (document?.source !== 'text') return { ...base, kind: 'quote', reason: unavailable(document, 'text') };
  return { ...base, kind: 'text', text: document.text, ...clampSpan(document.text.length, start, end) };
}

function blockSource(base: SourceBase, document: RequestDocument | undefined, startBlock: number, endBlock: number): SourceView {
  if (document?.source !== 'content') return { ...base, kind: 'quote', reason: unavailable(document, 'content') };
  const { blocks } = document;
  const offsetOf = (index: number) => blocks.slice(0, index).reduce((sum, block) => sum + block.length + BLOCK_SEPARATOR.length, 0);
  const first = Math.min(Math.max(0, startBlock), blocks.length);
  const last = Math.min(Math.max(first + 1, endBlock), blocks.length);
  const start = offsetOf(first);
  const end = last > first ? offsetOf(last) - BLOCK_SEPARATOR.length : start;
  return { ...base, kind: 'text', text: blocks.join(BLOCK_SEPARATOR), start, end: Math.max(start, end) };
}

function clampSpan(length: number, start: number, end: number): { start: number; end: number } {
  const from = Math.min(Math.max(0, start), length);
  return { start: from, end: Math.min(Math.max(from, end), length) };
}

function unavailable(document: RequestDocument | undefined, wanted: string): string {
  if (!document) return "The cited document is not in this run's request, so only the quoted passage can be shown.";
  if (document.source === 'elsewhere') return `"${document.title}" was sent by reference (URL or file id), so Duet has no copy to show.`;
  return `The cited document is not a ${wanted} document in this run's request, so only the quoted passage can be shown.`;
}
