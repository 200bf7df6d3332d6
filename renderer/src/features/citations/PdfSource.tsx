import { useRef, useState } from 'react';
import type { SourceView } from './citation-source';
import { usePdfBytes } from './queries';
import { usePdfDocument, usePdfPage } from './use-pdf-page';

type PdfView = Extract<SourceView, { kind: 'pdf' }>;

/**
 * The cited page of a PDF, drawn by pdf.js, with the quoted passage under it. Previous / Next
 * move within the cited pages only. Every failure (attachment gone, damaged file) is said here.
 */
export function PdfSource({ view }: { view: PdfView }) {
  const bytes = usePdfBytes(view.pdf);
  const pdf = usePdfDocument(bytes.base64);
  const [page, setPage] = useState(view.firstPage);
  const canvas = useRef<HTMLCanvasElement>(null);
  const render = usePdfPage(pdf.document, page, canvas, view.quote);
  const highlights = render.status === 'rendered' ? render.highlights : [];
  const error = bytes.error ?? pdf.error ?? (render.status === 'error' ? render.message : undefined);
  const pages = pdf.document?.numPages;

  return (
    <div className="pdf-source">
      {error ? (
        <p className="source-error" role="alert">
          {error}
        </p>
      ) : (
        <p className="source-page" aria-live="polite">
          {pages === undefined ? 'Opening the PDF…' : `Page ${page} of ${pages}`}
        </p>
      )}
      {view.lastPage > view.firstPage && (
        <div className="source-pager">
          <button type="button" onClick={() => setPage(page - 1)} disabled={page <= view.firstPage}>
            Previous cited page
          </button>
          <button type="button" onClick={() => setPage(page + 1)} disabled={page >= view.lastPage}>
            Next cited page
          </button>
        </div>
      )}
      <div className="source-canvas" hidden={error !== undefined}>
        <canvas ref={canvas} role="img" aria-label={`Page ${page} of ${view.title}`} data-rendered={render.status === 'rendered' ? page : undefined} />
        {highlights.map((box, i) => (
          <span
            key={i}
            className="page-highlight"
            data-testid="page-highlight"
            style={{ left: `${box.left * 100}%`, top: `${box.top * 100}%`, width: `${box.width * 100}%`, height: `${box.height * 100}%` }}
          />
        ))}
      </div>
      {highlights.length > 0 && <p className="source-note">The quoted passage is highlighted on the page.</p>}
      <Quote view={view} />
    </div>
  );
}

export function Quote({ view }: { view: SourceView }) {
  return (
    <figure className="source-quote">
      <blockquote>{view.quote}</blockquote>
      <figcaption>
        {view.title} · {view.location}
      </figcaption>
    </figure>
  );
}
