import { useEffect, useRef, type KeyboardEvent } from 'react';
import { toSafeUrl } from '../results/safe-url';
import type { SourceView } from './citation-source';
import { PdfSource, Quote } from './PdfSource';
import { TextSpanSource } from './TextSpanSource';
import './source-panel.css';

/**
 * The source passage of one citation, beside the answer: the PDF page, the text span, or the web
 * result it cites. Opening moves focus here (so Esc and Tab work at once); closing, by Esc or
 * the button, gives focus back to the marker or list item that opened it.
 */
export function SourcePanel({ view, onClose }: { view: SourceView; onClose: () => void }) {
  const panel = useRef<HTMLElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    opener.current ??= document.activeElement;
    panel.current?.focus({ preventScroll: true });
    panel.current?.scrollIntoView({ block: 'nearest' });
  }, [view.number]);
  useEffect(
    () => () => {
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus({ preventScroll: true });
    },
    [],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };

  return (
    // Esc here closes the panel only; the app's Esc (stop the run) skips elements marked data-closes-on-escape.
    <section className="source-panel" aria-label="Source" ref={panel} tabIndex={-1} onKeyDown={onKeyDown} data-closes-on-escape="">
      <header className="source-header">
        <h3>Source [{view.number}]</h3>
        <button type="button" className="source-close" aria-label="Close source" onClick={onClose}>
          ×
        </button>
      </header>
      <p className="source-title">{view.title}</p>
      <SourceBody key={view.number} view={view} />
    </section>
  );
}

function SourceBody({ view }: { view: SourceView }) {
  switch (view.kind) {
    case 'pdf':
      return <PdfSource view={view} />;
    case 'text':
      return <TextSpanSource view={view} />;
    case 'web':
      return (
        <>
          {/* Shown as text, never a link: the app window must not navigate to model-chosen pages. */}
          <p className="source-url">{toSafeUrl(view.url) ? view.url : `${view.url} (not a web address)`}</p>
          <Quote view={view} />
        </>
      );
    case 'quote':
      return (
        <>
          <p className="source-note">{view.reason}</p>
          <Quote view={view} />
        </>
      );
  }
}
