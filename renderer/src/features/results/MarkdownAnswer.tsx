import { memo, useDeferredValue, useMemo } from 'react';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { ALLOWED_ELEMENTS, MARKDOWN_COMPONENTS, transformUrl } from './markdown-elements';
import { rehypeRawHtmlAsBlocks } from './raw-html-as-blocks';
import { CITED_MARKDOWN_COMPONENTS, rehypeCitationMarkers, type CitationMarker } from './citation-markers';

/** Module-level so every render passes the same plugin lists. */
const REMARK_PLUGINS = [remarkGfm];
const REHYPE_PLUGINS = [rehypeRawHtmlAsBlocks];

/**
 * Model output rendered as markdown (GFM: tables, task lists, strikethrough), never as HTML.
 *
 * Safety: no rehype-raw, so raw HTML in the text is shown as escaped text, not parsed; links keep
 * only http(s)/mailto URLs and open in a new window without opener or referrer; images are never
 * loaded. React escapes all text, and nothing here uses dangerouslySetInnerHTML.
 *
 * Streaming: the parent re-renders once per animation frame. `memo` skips renders when the text
 * has not changed, and `useDeferredValue` lets React drop stale intermediate parses under load so
 * typing stays responsive. An unclosed code fence simply runs to the end of the text, as
 * CommonMark says, and its `<pre>` scrolls horizontally rather than widening the pane.
 */
const NO_MARKERS: readonly CitationMarker[] = [];

export const MarkdownAnswer = memo(function MarkdownAnswer({ text, markers = NO_MARKERS }: { text: string; markers?: readonly CitationMarker[] }) {
  const deferred = useDeferredValue(text);
  // Citation markers (see citation-markers.tsx) are placed in the rendered tree, never in the text.
  const markerKey = markers.map((marker) => `${marker.number}@${marker.offset}`).join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- markerKey is the content of `markers`
  const rehypePlugins = useMemo(() => (markers.length === 0 ? REHYPE_PLUGINS : [...REHYPE_PLUGINS, rehypeCitationMarkers(markers)]), [markerKey]);
  return (
    <Markdown
      remarkPlugins={REMARK_PLUGINS}
      rehypePlugins={rehypePlugins}
      allowedElements={ALLOWED_ELEMENTS}
      unwrapDisallowed
      urlTransform={transformUrl}
      components={markers.length === 0 ? MARKDOWN_COMPONENTS : CITED_MARKDOWN_COMPONENTS}
    >
      {deferred}
    </Markdown>
  );
});
