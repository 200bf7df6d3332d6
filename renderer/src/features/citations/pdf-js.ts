import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { base64ToBytes } from '../../lib/base64';

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js, loaded on first use so the app's start never pays for it. Its worker is a file of the
 * build (vite's `?url`), allowed by the CSP's `worker-src 'self'`.
 */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    return pdfjs;
  });
  // A failed load (e.g. the build is missing a chunk) may be retried on the next open.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

export interface OpenedPdf {
  document: Promise<PDFDocumentProxy>;
  close(): void;
}

/**
 * Opens a PDF from base64. The bytes are decoded afresh each time because pdf.js hands them to its
 * worker. `isEvalSupported: false` keeps pdf.js from compiling fonts with `new Function`, which the
 * CSP forbids anyway; fonts the PDF does not embed are drawn with the system's.
 */
export function openPdf(base64: string): OpenedPdf {
  let destroy: (() => void) | undefined;
  let closed = false;
  const document = loadPdfJs().then((pdfjs) => {
    const task = pdfjs.getDocument({ data: base64ToBytes(base64), isEvalSupported: false, useSystemFonts: true });
    destroy = () => void task.destroy();
    if (closed) destroy();
    return task.promise;
  });
  return {
    document,
    close() {
      closed = true;
      destroy?.();
    },
  };
}

/** pdf.js errors in a sentence for the panel. */
export function describePdfError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return 'The PDF is password-protected, so its pages cannot be shown.';
  if (name === 'InvalidPDFException') return 'The PDF is damaged or not a PDF, so its pages cannot be shown.';
  const detail = error instanceof Error ? error.message : String(error);
  return `The PDF could not be shown: ${detail}`;
}
