import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { SourceView } from './citation-source';
import { SourcePanel } from './SourcePanel';
import { splitSpan, TextSpanSource } from './TextSpanSource';

// The bridge needs a window; these renders never call the host.
vi.mock('../../bridge/bridge', () => ({ invokeOrThrow: vi.fn() }));

const base = { number: 2, title: 'notes.txt', quote: 'The sky is blue.', location: 'characters 20–36' };
const render = (view: SourceView) =>
  renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>
      <SourcePanel view={view} onClose={() => undefined} />
    </QueryClientProvider>,
  );

describe('splitSpan', () => {
  it.each([
    ['a span inside', 'The grass is green. The sky is blue.', 20, 36, ['The grass is green. ', 'The sky is blue.', '']],
    ['a span at the start', 'abcdef', 0, 2, ['', 'ab', 'cdef']],
    ['an end past the text', 'abc', 1, 99, ['a', 'bc', '']],
    ['a start before the text', 'abc', -5, 1, ['', 'a', 'bc']],
    ['an end before the start', 'abcdef', 4, 2, ['abcd', '', 'ef']],
  ])('splits %s', (_case, text, start, end, expected) => {
    expect(splitSpan(text, start, end)).toEqual(expected);
  });
});

describe('TextSpanSource', () => {
  it('marks the cited span inside the whole text, as text', () => {
    const html = renderToStaticMarkup(<TextSpanSource view={{ ...base, kind: 'text', text: 'The grass is <b>green</b>. The sky is blue.', start: 27, end: 43 }} />);
    expect(html).toContain('The grass is &lt;b&gt;green&lt;/b&gt;. <mark class="cited-span">The sky is blue.</mark>');
    expect(html).toContain('aria-label="Text of notes.txt"');
    expect(html).toContain('<blockquote>The sky is blue.</blockquote>');
  });
});

describe('SourcePanel', () => {
  it('is a region named Source with a close button', () => {
    const html = render({ ...base, kind: 'quote', reason: "The cited document is not in this run's request." });
    expect(html).toMatch(/^<section[^>]*aria-label="Source"/);
    expect(html).toContain('aria-label="Close source"');
    expect(html).toContain('Source [2]');
    expect(html).toContain("not in this run&#x27;s request");
    expect(html).toContain('notes.txt · characters 20–36');
  });

  it.each([
    ['https://example.com/page', 'https://example.com/page'],
    ['javascript:alert(1)', 'javascript:alert(1) (not a web address)'],
  ])('shows the web result %s as text, never as a link', (url, shown) => {
    const html = render({ ...base, kind: 'web', url, title: 'Example' });
    expect(html).toContain(`<p class="source-url">${shown}</p>`);
    expect(html).not.toContain('<a ');
  });

  it('opens a PDF with the page it cites and the quote', () => {
    // Server rendering runs no effects: this is the panel before pdf.js has the document.
    const html = render({ ...base, kind: 'pdf', pdf: { base64: 'JVBERi0=' }, firstPage: 2, lastPage: 3, title: 'Report', location: 'pages 2–3' });
    expect(html).toContain('Opening the PDF…');
    expect(html).toContain('aria-label="Page 2 of Report"');
    expect(html).toContain('Previous cited page');
    expect(html).toContain('<blockquote>The sky is blue.</blockquote>');
  });
});
