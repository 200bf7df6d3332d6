import { useEffect, useMemo } from 'react';
import type { ChatCitation } from '../../../../shared/chat/chunk';
import type { RunRequest } from '../../../../shared/contract';
import { CitationsList } from '../results/CitationsList';
import { resolveCitationSource } from './citation-source';
import { loadPdfJs } from './pdf-js';
import { listRequestDocuments } from './request-documents';
import { SourcePanel } from './SourcePanel';

/**
 * The column beside a cited answer: the Source panel of the opened citation (if any) above the
 * list of cited passages. `request` is the run's request, which names the cited documents.
 */
export function CitationSide({
  citations,
  request,
  active,
  source,
  onSelect,
  onCloseSource,
}: {
  citations: readonly ChatCitation[];
  request: RunRequest | undefined;
  active: number | undefined;
  /** The citation whose source is shown, 1-based. */
  source: number | undefined;
  onSelect: (number: number) => void;
  onCloseSource: () => void;
}) {
  const documents = useMemo(() => listRequestDocuments(request), [request]);
  const citesPages = citations.some((item) => item.citation.type === 'page_location');
  useEffect(() => {
    // An answer that cites PDF pages fetches pdf.js while it is read, so the first page opens at once.
    if (citesPages) loadPdfJs().catch(() => undefined);
  }, [citesPages]);
  const item = source !== undefined ? citations[source - 1] : undefined;
  const view = useMemo(() => (item && source !== undefined ? resolveCitationSource(item, source, documents) : undefined), [item, source, documents]);
  return (
    <div className="citation-side">
      {view && <SourcePanel view={view} onClose={onCloseSource} />}
      <CitationsList citations={citations} active={active} onSelect={onSelect} />
    </div>
  );
}
