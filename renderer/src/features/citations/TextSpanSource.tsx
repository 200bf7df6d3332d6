import { useEffect, useRef } from 'react';
import type { SourceView } from './citation-source';
import { Quote } from './PdfSource';

type TextView = Extract<SourceView, { kind: 'text' }>;

/** The text before, inside and after a span (end exclusive), clamped to the text. */
export function splitSpan(text: string, start: number, end: number): [string, string, string] {
  const from = Math.min(Math.max(0, start), text.length);
  const to = Math.min(Math.max(from, end), text.length);
  return [text.slice(0, from), text.slice(from, to), text.slice(to)];
}

/** The cited document's text with the span marked and scrolled into view; plain text, never HTML. */
export function TextSpanSource({ view }: { view: TextView }) {
  const [before, cited, after] = splitSpan(view.text, view.start, view.end);
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [view.start, view.end, view.text]);
  return (
    <div className="text-source">
      <pre className="source-text" tabIndex={0} aria-label={`Text of ${view.title}`}>
        {before}
        <mark ref={mark} className="cited-span">
          {cited}
        </mark>
        {after}
      </pre>
      <Quote view={view} />
    </div>
  );
}
