import { Fragment, memo, useDeferredValue, useMemo, useRef } from 'react';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { ALLOWED_ELEMENTS, MARKDOWN_COMPONENTS, transformUrl } from './markdown-elements';
import { rehypeRawHtmlAsBlocks } from './raw-html-as-blocks';
import { CITED_MARKDOWN_COMPONENTS, rehypeCitationMarkers, type CitationMarker } from './citation-markers';
import { blockTexts, splitMarkdownBlocks, type MarkdownBlocks } from './markdown-blocks';

/** Module-level so every render passes the same plugin lists. */
const REMARK_PLUGINS = [remarkGfm];
const REHYPE_PLUGINS = [rehypeRawHtmlAsBlocks];
const NO_MARKERS: readonly CitationMarker[] = [];

/**
 * Model output rendered as markdown (GFM: tables, task lists, strikethrough), never as HTML.
 *
 * Safety: no rehype-raw, so raw HTML in the text is shown as escaped text, not parsed; links keep
 * only http(s)/mailto URLs and open in a new window without opener or referrer; images are never
 * loaded. React escapes all text, and nothing here uses dangerouslySetInnerHTML.
 *
 * Streaming: the text is split into top-level blocks (markdown-blocks.ts) and each block is its own
 * memoized parse, so a finished block is parsed once and each frame re-parses only the growing
 * tail; splitting resumes from the previous split. `useDeferredValue` lets React drop stale
 * intermediate parses under load so typing stays responsive. An unclosed code fence simply runs to
 * the end of the text, as CommonMark says, and its `<pre>` scrolls horizontally.
 */
export const MarkdownAnswer = memo(function MarkdownAnswer({ text, markers = NO_MARKERS }: { text: string; markers?: readonly CitationMarker[] }) {
  const deferred = useDeferredValue(text);
  const split = useRef<MarkdownBlocks | undefined>(undefined);
  const blocks = useMemo(() => {
    split.current = splitMarkdownBlocks(deferred, split.current);
    return blockTexts(split.current);
  }, [deferred]);
  return blocks.map((block, i) => {
    const end = blocks[i + 1]?.start ?? Infinity;
    const own = markers.length === 0 ? NO_MARKERS : markersWithin(markers, block.start, end);
    return (
      <Fragment key={block.start}>
        {/* The same line break react-markdown puts between blocks, so the markup is as one parse would give. */}
        {i > 0 && '\n'}
        <MarkdownBlock text={block.text} markers={own} markerKey={own.map((marker) => `${marker.number}@${marker.offset}`).join(',')} />
      </Fragment>
    );
  });
});

/** Markers whose offset falls in (start, end], moved to offsets inside the block. */
function markersWithin(markers: readonly CitationMarker[], start: number, end: number): CitationMarker[] {
  return markers.filter((marker) => marker.offset > start && marker.offset <= end).map((marker) => ({ ...marker, offset: marker.offset - start }));
}

/** One block's parse, redone only when its text or its markers change (`markerKey` is their content). */
const MarkdownBlock = memo(
  function MarkdownBlock({ text, markers }: { text: string; markers: readonly CitationMarker[]; markerKey: string }) {
    // Citation markers (see citation-markers.tsx) are placed in the rendered tree, never in the text.
    const rehypePlugins = useMemo(() => (markers.length === 0 ? REHYPE_PLUGINS : [...REHYPE_PLUGINS, rehypeCitationMarkers(markers)]), [markers]);
    return (
      <Markdown
        remarkPlugins={REMARK_PLUGINS}
        rehypePlugins={rehypePlugins}
        allowedElements={ALLOWED_ELEMENTS}
        unwrapDisallowed
        urlTransform={transformUrl}
        components={markers.length === 0 ? MARKDOWN_COMPONENTS : CITED_MARKDOWN_COMPONENTS}
      >
        {text}
      </Markdown>
    );
  },
  (before, after) => before.text === after.text && before.markerKey === after.markerKey,
);
