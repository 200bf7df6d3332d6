import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { useEffect, useState, type RefObject } from 'react';
import { describePdfError, openPdf } from './pdf-js';

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

export type PageRender = { status: 'rendering' } | { status: 'rendered' } | { status: 'error'; message: string };

/**
 * Draws one page into the canvas at the width of its container, sharp on high-density screens.
 * A newer page (or unmounting) cancels a render still in progress.
 */
export function usePdfPage(document: PDFDocumentProxy | undefined, pageNumber: number, canvas: RefObject<HTMLCanvasElement | null>): PageRender {
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
        return task.promise;
      })
      .then(
        () => live && setRender({ status: 'rendered' }),
        (error: unknown) => {
          if (!live || (error instanceof Error && error.name === 'RenderingCancelledException')) return;
          setRender({ status: 'error', message: describePdfError(error) });
        },
      );
    return () => {
      live = false;
      task?.cancel();
    };
  }, [document, pageNumber, canvas]);
  return render;
}
