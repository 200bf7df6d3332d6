import type { PDFDocumentProxy, PDFPageProxy, PageViewport, RenderTask } from 'pdfjs-dist';
import { useEffect, useState, type RefObject } from 'react';
import { describePdfError, openPdf } from './pdf-js';
import { findQuoteItems, itemBox, type HighlightBox, type PageTextItem } from './quote-highlight';

export interface PdfDocumentState {
  document?: PDFDocumentProxy;
  error?: string;
}

/** Opens the PDF while the view shows it, and closes it (and its worker task) after. */
export function usePdfDocument(base64: string | undefined): PdfDocumentState {
  const [state, setState] = useState<PdfDocumentState>({});
  useEffect(() => {
    if (base64 === undefined) return;
    setState({});
    const opened = openPdf(base64);
    let live = true;
    opened.document.then(
      (document) => live && setState({ document }),
      (error: unknown) => live && setState({ error: describePdfError(error) }),
    );
    return () => {
      live = false;
      opened.close();
    };
  }, [base64]);
  return state;
}

export type PageRender = { status: 'rendering' } | { status: 'rendered'; highlights: HighlightBox[] } | { status: 'error'; message: string };

/**
 * Draws one page into the canvas at the width of its container, sharp on high-density screens,
 * and finds where on it the quoted passage is (when the page's text holds it).
 * A newer page (or unmounting) cancels a render still in progress.
 */
export function usePdfPage(document: PDFDocumentProxy | undefined, pageNumber: number, canvas: RefObject<HTMLCanvasElement | null>, quote: string): PageRender {
  const [render, setRender] = useState<PageRender>({ status: 'rendering' });
  useEffect(() => {
    const target = canvas.current;
    if (!document || !target) return;
    if (pageNumber < 1 || pageNumber > document.numPages) {
      setRender({ status: 'error', message: `The citation points to page ${pageNumber}, but the PDF has ${document.numPages}.` });
      return;
    }
    setRender({ status: 'rendering' });
    let task: RenderTask | undefined;
    let live = true;
    let shown: { page: PDFPageProxy; viewport: PageViewport } | undefined;
    document
      .getPage(pageNumber)
      .then((page) => {
        if (!live) return undefined;
        const width = target.parentElement?.clientWidth || 480;
        const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
        const density = window.devicePixelRatio || 1;
        target.width = Math.floor(viewport.width * density);
        target.height = Math.floor(viewport.height * density);
        target.style.aspectRatio = `${viewport.width} / ${viewport.height}`;
        task = page.render({ canvas: target, viewport, ...(density !== 1 ? { transform: [density, 0, 0, density, 0, 0] } : {}) });
        shown = { page, viewport };
        return task.promise;
      })
      .then(() => (shown ? quoteBoxes(shown.page, shown.viewport, quote) : []))
      .then(
        (highlights) => live && setRender({ status: 'rendered', highlights }),
        (error: unknown) => {
          if (!live || (error instanceof Error && error.name === 'RenderingCancelledException')) return;
          setRender({ status: 'error', message: describePdfError(error) });
        },
      );
    return () => {
      live = false;
      task?.cancel();
    };
  }, [document, pageNumber, canvas, quote]);
  return render;
}

/** Boxes over the text runs holding the quote; none when the text cannot be read (the quote is shown anyway). */
async function quoteBoxes(page: PDFPageProxy, viewport: PageViewport, quote: string): Promise<HighlightBox[]> {
  try {
    const content = await page.getTextContent();
    const items = content.items.filter((item): item is PageTextItem & typeof item => 'str' in item);
    const toViewport = (rect: number[]) => viewport.convertToViewportRectangle(rect) as number[];
    return findQuoteItems(items, quote).flatMap((index) => {
      const item = items[index];
      return item ? [itemBox(item, toViewport, viewport.width, viewport.height)] : [];
    });
  } catch {
    return [];
  }
}
